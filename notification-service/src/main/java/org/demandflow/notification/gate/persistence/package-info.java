/** PostgreSQL storage of the latest secrecy status per demand. */
package org.demandflow.notification.gate.persistence;

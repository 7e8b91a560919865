/** PostgreSQL storage of the latest secrecy status per demand, the versions seen and the integrity incidents. */
package org.demandflow.notification.gate.persistence;

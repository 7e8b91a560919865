/** PostgreSQL storage of the notices. */
package org.demandflow.notification.delivery.persistence;

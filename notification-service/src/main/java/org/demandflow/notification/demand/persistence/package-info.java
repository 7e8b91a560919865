/** PostgreSQL storage of the demand facts. */
package org.demandflow.notification.demand.persistence;

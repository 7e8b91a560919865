/** PostgreSQL storage of the latest response per demand. */
package org.demandflow.notification.response.persistence;

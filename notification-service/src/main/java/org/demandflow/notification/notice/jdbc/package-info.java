/** PostgreSQL storage of the notices. */
package org.demandflow.notification.notice.jdbc;

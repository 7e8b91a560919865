/** PostgreSQL storage of the executive directory. */
package org.demandflow.notification.directory.persistence;

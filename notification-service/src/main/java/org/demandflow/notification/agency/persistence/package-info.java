/** PostgreSQL storage of the letters to requesters. */
package org.demandflow.notification.agency.persistence;

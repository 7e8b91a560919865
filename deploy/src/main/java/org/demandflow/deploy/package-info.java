/** The local stack's own programs: PostgreSQL with the services' databases, topic and schema setup, demo data. */
package org.demandflow.deploy;

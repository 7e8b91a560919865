/** An embedded PostgreSQL for the local stack, with one database and one login per service. */
package org.demandflow.deploy.postgres;

/** Demands in PostgreSQL, through Spring's JdbcClient. */
package org.demandflow.intake.demand.persistence;

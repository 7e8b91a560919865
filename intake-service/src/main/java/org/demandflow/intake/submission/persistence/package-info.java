/** The submission ledger in PostgreSQL, through Spring's JdbcClient. */
package org.demandflow.intake.submission.persistence;

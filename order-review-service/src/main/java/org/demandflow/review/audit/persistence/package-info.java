/** The audit log in PostgreSQL: the append-only {@code audit_log} table and its chain head. */
package org.demandflow.review.audit.persistence;

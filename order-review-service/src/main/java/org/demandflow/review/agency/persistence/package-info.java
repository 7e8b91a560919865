/** The agency directory in PostgreSQL: one row per agency. */
package org.demandflow.review.agency.persistence;

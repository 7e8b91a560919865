/** The published status log in PostgreSQL ({@code published_status}). */
package org.demandflow.review.operations.persistence;

/** The proposals in PostgreSQL, one row each; the table shape is this package's. */
package org.demandflow.review.approval.persistence;

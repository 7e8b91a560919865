/** The response track in PostgreSQL: the response row, its versions and its requester checks. */
package org.demandflow.review.response.persistence;

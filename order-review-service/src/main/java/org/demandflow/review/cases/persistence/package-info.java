/**
 * Review cases in PostgreSQL as explicit rows (case, order, extension, challenge, history entry), and the
 * gauges that read them.
 */
package org.demandflow.review.cases.persistence;

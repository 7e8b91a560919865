/**
 * Review case use cases: each command locks the case, lets the aggregate decide, stores it and publishes its
 * status changes in one transaction.
 */
package org.demandflow.review.cases.application;

/** The operations REST API: {@code POST /api/v1/operations/status-republications}, role OPERATOR. */
package org.demandflow.review.operations.web;

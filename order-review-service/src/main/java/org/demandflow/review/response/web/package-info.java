/** The response track over REST: {@code /api/v1/reviews/{demandId}/response} and its actions. */
package org.demandflow.review.response.web;

/** The response track's commands: each locks the response, lets the model decide, stores and publishes. */
package org.demandflow.review.response.application;

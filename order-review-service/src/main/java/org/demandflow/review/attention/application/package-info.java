/** Builds the attention list from the open cases with the configured thresholds. */
package org.demandflow.review.attention.application;

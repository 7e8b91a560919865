/** Gauges of the review: active orders by authority and cases pending review. */
package org.demandflow.review.metrics;

/** Gauges of the review: active orders by authority and cases pending review (the release counter is the sweeper's). */
package org.demandflow.review.metrics;

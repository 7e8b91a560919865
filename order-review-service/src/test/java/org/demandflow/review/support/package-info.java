/** Test infrastructure: a real PostgreSQL, a movable clock and the shared integration-test setup. */
package org.demandflow.review.support;

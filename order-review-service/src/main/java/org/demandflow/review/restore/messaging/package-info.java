/** Reads {@code demand-secrecy-status} and {@code demands} back from their beginning with a consumer of its own. */
package org.demandflow.review.restore.messaging;

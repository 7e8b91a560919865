/** Reads {@code demand-secrecy-status} back from its beginning with a consumer of its own. */
package org.demandflow.review.restore.messaging;

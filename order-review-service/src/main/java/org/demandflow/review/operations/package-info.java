/**
 * Operator commands: re-publishing a demand's {@code SecrecyStatusChanged} versions unchanged from the kept
 * status log, the one way a gap in a consumer's history heals (safety rule 8).
 */
package org.demandflow.review.operations;

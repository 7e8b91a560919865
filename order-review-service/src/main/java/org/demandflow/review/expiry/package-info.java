/**
 * Expiry: secrecy orders are released at their end, once across all instances (the release rule is the case
 * aggregate's).
 */
package org.demandflow.review.expiry;

/**
 * Expiry: secrecy orders are released a safety margin after their end (rule 11), once across all instances (the
 * release rule is the case aggregate's).
 */
package org.demandflow.review.expiry;

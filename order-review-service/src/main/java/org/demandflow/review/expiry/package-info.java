/** The scheduler that releases secrecy orders at their end, once across all instances. */
package org.demandflow.review.expiry;

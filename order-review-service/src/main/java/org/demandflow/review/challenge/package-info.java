/** Challenges of secrecy orders: the challenge, its outcome, its relief and which decision may be made on it. */
package org.demandflow.review.challenge;

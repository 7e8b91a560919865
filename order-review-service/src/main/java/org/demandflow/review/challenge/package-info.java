/**
 * Challenges of secrecy orders up the courts: the challenge, its court and level, appeals of denied challenges,
 * its outcome and relief, which filing and decision may be made on it, and the deadline to go one court higher.
 */
package org.demandflow.review.challenge;

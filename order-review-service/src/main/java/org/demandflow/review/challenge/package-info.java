/** Challenges of secrecy orders: the challenge record and its outcome; the case aggregate files and decides them. */
package org.demandflow.review.challenge;

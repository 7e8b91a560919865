/**
 * The audit capability's Spring-free domain: the append-only, hash-chained log of every decision, its canonical
 * encoding and hash, the chain's verification, and the repository port of the log.
 */
package org.demandflow.review.audit;

/**
 * The review case capability's Spring-free domain: the case aggregate, its secrecy orders, the status they
 * derive, the history, the repository port and the outcome of a command.
 */
package org.demandflow.review.cases;

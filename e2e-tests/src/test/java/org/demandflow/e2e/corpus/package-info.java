/** The bad-input corpus: malformed and hostile inputs on Kafka and REST, each with its documented answer. */
package org.demandflow.e2e.corpus;

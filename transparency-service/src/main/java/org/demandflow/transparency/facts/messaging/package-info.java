/** Kafka side of the facts: the five source bindings, their Avro mappers, and the replay from the beginning. */
package org.demandflow.transparency.facts.messaging;

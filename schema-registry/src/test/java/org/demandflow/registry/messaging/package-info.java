/** The registry with the project's serde and registry client (module avro-serde), through a real Kafka broker. */
package org.demandflow.registry.messaging;

/** A hand-written REST client for the Confluent Schema Registry API (Confluent's own client jars are not reachable from this build). */
package org.demandflow.serde.registry;

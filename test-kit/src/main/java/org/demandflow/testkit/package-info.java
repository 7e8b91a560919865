/**
 * Demandflow for an upstream system's own integration tests: {@link org.demandflow.testkit.DemandflowTest} starts a
 * real Kafka broker, the schema registry and intake-service in this JVM and hands the test a
 * {@link org.demandflow.testkit.Demandflow} (bootstrap servers, registry URL, credentials, client settings).
 */
package org.demandflow.testkit;

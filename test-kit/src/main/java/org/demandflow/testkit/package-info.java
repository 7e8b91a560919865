/**
 * Demandflow for an upstream system's own integration tests: {@link org.demandflow.testkit.DemandflowTest} starts a
 * real Kafka broker, the schema registry and intake-service in this JVM (or, with
 * {@link org.demandflow.testkit.Services#ALL}, every service, the authorization server and an SMTP server) and hands
 * the test a {@link org.demandflow.testkit.Demandflow} (bootstrap servers, registry URL, credentials, client
 * settings; the services' URLs, access tokens and received mails).
 */
package org.demandflow.testkit;

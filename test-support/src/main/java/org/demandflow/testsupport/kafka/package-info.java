/** One Kafka client for tests: Avro and raw records in, whole topics and awaited records out. */
package org.demandflow.testsupport.kafka;

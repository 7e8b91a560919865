/**
 * Kafka serializer and deserializer for Avro in the Confluent wire format (magic byte 0, 4-byte
 * big-endian schema id, Avro binary), configured with Confluent's keys.
 *
 * <p>Hand-written: Confluent's {@code kafka-avro-serializer} and schema-registry client jars
 * ({@code io.confluent:*}) are not reachable from this build, and no other reachable library
 * speaks Confluent's wire format and registry API. Golden-bytes tests pin the format to the bytes
 * Confluent's own serializer writes.
 *
 * <p>Use from Spring Cloud Stream with native encoding/decoding (the classes need nothing but
 * Kafka's {@code configure(Map, boolean isKey)}):
 * <pre>{@code
 * spring.cloud.stream:
 *   bindings:
 *     demands-out-0.producer.use-native-encoding: true
 *     demands-in-0.consumer.use-native-decoding: true
 *   kafka.bindings:
 *     demands-out-0.producer.configuration:
 *       value.serializer: org.demandflow.serde.ConfluentAvroSerializer
 *       schema.registry.url: http://127.0.0.1:8081
 *       avro.remove.java.properties: true
 *     demands-in-0.consumer.configuration:
 *       value.deserializer: org.springframework.kafka.support.serializer.ErrorHandlingDeserializer
 *       spring.deserializer.value.delegate.class: org.demandflow.serde.ConfluentAvroDeserializer
 *       schema.registry.url: http://127.0.0.1:8081
 *       specific.avro.reader: true
 * }</pre>
 * Generated classes in {@code org.demandflow.events} are trusted for Avro 1.12's class check
 * without {@code -Dorg.apache.avro.SERIALIZABLE_PACKAGES}; other packages go in
 * {@code demandflow.avro.trusted.packages}.
 *
 * <p>Every failure is an {@link org.demandflow.serde.AvroSerdeException}: its message and its
 * causes name topics, subjects, schema ids, lengths and classes, never a value of the record
 * (Avro's own messages, which may quote a value, are withheld), so it may go to logs and
 * dead-letter headers.
 */
package org.demandflow.serde;

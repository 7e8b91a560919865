/**
 * Reads {@code customer-notices} and {@code agency-letters} back and moves the consumer groups' committed offsets,
 * with Kafka clients of its own.
 */
package org.demandflow.notification.restore.messaging;

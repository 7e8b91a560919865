/** Reads {@code customer-notices} back and moves the consumer groups' committed offsets, with Kafka clients of its own. */
package org.demandflow.notification.restore.messaging;

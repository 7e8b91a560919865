/** The service's Kafka inputs: one functional consumer per topic, each delegating to its feature. */
package org.demandflow.notification.messaging;

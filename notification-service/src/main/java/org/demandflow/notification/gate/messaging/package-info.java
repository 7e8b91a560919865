/** Kafka side of the gate: {@code demand-secrecy-status} into the gate keeper. */
package org.demandflow.notification.gate.messaging;

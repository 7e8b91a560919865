/** Kafka side of the gate: {@code demand-secrecy-status} (key, value, digest) into the status acceptance. */
package org.demandflow.notification.gate.messaging;

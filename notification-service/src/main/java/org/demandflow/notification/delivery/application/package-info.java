/** Delivery's use cases: plan notices from the gate's outcomes, hand each over after the last check, send, record. */
package org.demandflow.notification.delivery.application;

/** Delivery's use cases: plan notices from the gate's outcomes, claim with a lease, re-check the gate, send, record. */
package org.demandflow.notification.delivery.application;

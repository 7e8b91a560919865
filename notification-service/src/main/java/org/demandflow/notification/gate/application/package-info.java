/** Applies each incoming secrecy status: keeps the latest and publishes what the gate decided. */
package org.demandflow.notification.gate.application;

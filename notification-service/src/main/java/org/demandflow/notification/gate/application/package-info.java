/** Judges each incoming secrecy status (acceptance, integrity), applies the accepted ones and publishes what the gate decided. */
package org.demandflow.notification.gate.application;

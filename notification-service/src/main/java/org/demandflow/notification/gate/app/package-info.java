/** Applies each incoming secrecy status: keeps the latest, cancels what it stops, plans what it permits. */
package org.demandflow.notification.gate.app;

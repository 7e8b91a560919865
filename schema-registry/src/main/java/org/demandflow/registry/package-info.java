/** A small Confluent-API-compatible schema registry: the server, its wiring and an embedded launcher for tests. */
package org.demandflow.registry;

/** Example values of every contract (JSON and golden Confluent-wire bytes), checked against the contracts by the build. */
package org.demandflow.contracts.examples;

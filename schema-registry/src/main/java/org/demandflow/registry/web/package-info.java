/** The Confluent Schema Registry REST API over the registry. */
package org.demandflow.registry.web;

/** Avro as the registry's schema format: parsing, canonical form and compatibility checks. */
package org.demandflow.registry.avro;

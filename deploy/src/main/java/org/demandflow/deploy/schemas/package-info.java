/** Registration of the contract schemas in a Confluent-compatible schema registry. */
package org.demandflow.deploy.schemas;

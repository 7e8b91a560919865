/** The intake service: turns demand submissions from Kafka and REST into validated, de-duplicated demands. */
package org.demandflow.intake;

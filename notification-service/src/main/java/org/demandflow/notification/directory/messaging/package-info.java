/** Kafka side of the directory: the compacted {@code customer-executives} topic into the local directory. */
package org.demandflow.notification.directory.messaging;

/** How every consumer turns a record into a domain value, failing unretried on a record it cannot use. */
package org.demandflow.notification.messaging.inbound;

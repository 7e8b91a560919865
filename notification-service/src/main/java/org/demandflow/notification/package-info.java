/** The notification service: directory, gate, notices and their delivery. */
package org.demandflow.notification;

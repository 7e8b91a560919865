/** Test infrastructure: a real PostgreSQL and a real SMTP server, one of each per test JVM. */
package org.demandflow.notification.support;


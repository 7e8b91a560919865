/** The notification tests' own fixtures: contoso's records, an SMTP server, the integration test base. */
package org.demandflow.notification.support;

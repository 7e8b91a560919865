/** The real parts the end-to-end tests run: broker, registry, PostgreSQL, SMTP and the services. */
package org.demandflow.e2e.support;

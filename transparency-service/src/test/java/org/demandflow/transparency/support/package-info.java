/** What the integration tests share: the running service on real parts, an HTTP client, the source records. */
package org.demandflow.transparency.support;

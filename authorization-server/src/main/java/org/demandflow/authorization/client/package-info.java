/** A JDK-only client of this server that gets access tokens for people (code + PKCE) and tools; for the CLI and tests. */
package org.demandflow.authorization.client;

/** Writes the roles and audience claims into access tokens and holds the key that signs them. */
package org.demandflow.authorization.tokens.application;

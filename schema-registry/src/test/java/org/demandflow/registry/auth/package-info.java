/** Tests of the registry's HTTP Basic authentication, with the project's client and serde. */
package org.demandflow.registry.auth;

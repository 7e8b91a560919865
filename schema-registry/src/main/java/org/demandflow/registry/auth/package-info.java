/** Who may use the registry: HTTP Basic users from a file, writes for the named writers only, reads open or not. */
package org.demandflow.registry.auth;

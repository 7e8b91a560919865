/** The local identity provider: signs in Demandflow's people and tools and issues their access tokens. */
package org.demandflow.authorization;

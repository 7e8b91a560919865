/** API security: an OAuth2 resource server for the configured issuer and audience, answers in problem+json. */
package org.demandflow.support.security;

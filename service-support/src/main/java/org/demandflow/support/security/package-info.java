/** API security: local HTTP Basic users or a JWT resource server, answers in problem+json. */
package org.demandflow.support.security;

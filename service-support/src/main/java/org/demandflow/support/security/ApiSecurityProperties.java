package org.demandflow.support.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings of a service.
 *
 * @param localUsers whether the local users (operator, reviewer, reviewer2 — a second REVIEWER, the second pair
 *     of eyes —, auditor; password equal to the name) log in with HTTP Basic; for the local profile and tests only
 * @param rolesClaim the JWT claim that lists a caller's roles, when a JWT issuer is configured
 */
@ConfigurationProperties("demandflow.security")
public record ApiSecurityProperties(boolean localUsers, @DefaultValue("roles") String rolesClaim) {
}

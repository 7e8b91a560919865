package org.demandflow.review.console.web;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.demandflow.support.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The person a console page is shown to, and what their roles let the page offer: reviewers decide, auditors read
 * everything, operators see the queue and the demand's facts. The server checks every request anyway; this only
 * keeps the page from offering what would be refused.
 *
 * @param name the signed-in person's name (the token subject every decision records)
 */
public record Viewer(String name, boolean decides, boolean readsCases, boolean operates) {

    static Viewer of(Authentication authentication) {
        if (authentication == null) {
            return new Viewer(null, false, false, false);
        }
        Set<String> roles = rolesOf(authentication.getAuthorities());
        boolean reviewer = roles.contains(Roles.REVIEWER);
        return new Viewer(authentication.getName(), reviewer, reviewer || roles.contains(Roles.AUDITOR),
                roles.contains(Roles.OPERATOR));
    }

    private static Set<String> rolesOf(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length())).collect(Collectors.toSet());
    }
}

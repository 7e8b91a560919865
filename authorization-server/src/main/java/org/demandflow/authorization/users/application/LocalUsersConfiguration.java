package org.demandflow.authorization.users.application;

import org.demandflow.authorization.users.LocalUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The sign-in form's users: the local users of {@link IdentityProperties}, each with its roles. */
@Configuration(proxyBeanMethods = false)
class LocalUsersConfiguration {

    @Bean
    UserDetailsService localUsers(IdentityProperties identity) {
        if (identity.users().isEmpty()) {
            throw new IllegalStateException("demandflow.identity.users lists nobody who could sign in");
        }
        return new InMemoryUserDetailsManager(identity.localUsers().stream()
                .map(LocalUsersConfiguration::details).toList());
    }

    private static UserDetails details(LocalUser user) {
        return User.withUsername(user.name()).password(user.password())
                .roles(user.roles().toArray(String[]::new)).build();
    }
}

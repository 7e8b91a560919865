package org.demandflow.deploy.access;

import org.demandflow.contracts.access.Principal;

/**
 * Prints the access plan's principals for {@code deploy/local/stack}, one a line:
 * {@code <name> <kafka|registry-only> <registry-writer|registry-reader>}, so the script creates exactly the
 * users the plan names.
 */
public final class Principals {

    private Principals() {
    }

    public static void main(String[] args) {
        for (Principal principal : Principal.values()) {
            System.out.println(principal.userName() + (principal.kafkaUser() ? " kafka" : " registry-only")
                    + (principal.registryWriter() ? " registry-writer" : " registry-reader"));
        }
    }
}

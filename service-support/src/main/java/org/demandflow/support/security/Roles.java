package org.demandflow.support.security;

import java.util.List;

/**
 * The roles of Demandflow's callers, as the {@code roles} claim of their access tokens lists them. The local
 * users of the authorization server hold the people's roles; the {@code prometheus} client holds METRICS.
 */
public final class Roles {

    public static final String OPERATOR = "OPERATOR";
    public static final String REVIEWER = "REVIEWER";
    public static final String AUDITOR = "AUDITOR";
    /** A tool that scrapes {@code /actuator/prometheus} and nothing else. */
    public static final String METRICS = "METRICS";

    /** The roles people hold. */
    public static final List<String> ALL = List.of(OPERATOR, REVIEWER, AUDITOR);

    private Roles() {
    }
}

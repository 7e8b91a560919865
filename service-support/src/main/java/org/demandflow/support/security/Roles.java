package org.demandflow.support.security;

import java.util.List;

/** The roles of Demandflow's users; a local user of each name holds the role of that name. */
public final class Roles {

    public static final String OPERATOR = "OPERATOR";
    public static final String REVIEWER = "REVIEWER";
    public static final String AUDITOR = "AUDITOR";

    public static final List<String> ALL = List.of(OPERATOR, REVIEWER, AUDITOR);

    private Roles() {
    }
}

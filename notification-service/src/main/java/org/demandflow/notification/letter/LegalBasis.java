package org.demandflow.notification.letter;

import java.util.Map;

/** The legal basis of a delay of notice, in words, from the authority code order review records. */
final class LegalBasis {

    private static final Map<String, String> BY_AUTHORITY = Map.of(
            "USC_2705A", "18 U.S.C. § 2705(a) (delayed notice)",
            "USC_2705B", "18 U.S.C. § 2705(b) (preclusion of notice)",
            "NSL_2709", "18 U.S.C. § 2709 and § 3511 (national security letter)",
            "SEALING_ORDER", "a court sealing order",
            "FOREIGN", "a foreign legal order",
            "OTHER", "a legal order");

    private LegalBasis() {
    }

    static String of(String authority) {
        return BY_AUTHORITY.getOrDefault(authority, authority);
    }
}

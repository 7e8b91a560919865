package org.demandflow.review.response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validity checks of a demand before the provider answers it: a lawful basis for every data category, at
 * least one named account, and a supported jurisdiction.
 *
 * <p>Lawful basis (the demand type each data category needs):
 * <ul>
 *   <li>{@code CONTENT}: {@code SEARCH_WARRANT}, {@code COURT_ORDER} (a court has ruled on it),
 *       {@code FOREIGN_ORDER} (a judicially authorised foreign order, e.g. under a CLOUD Act agreement or an EU
 *       European Production Order, which can reach content) or {@code EMERGENCY_REQUEST} (18 U.S.C.
 *       § 2702(b)(8) permits disclosure in an emergency; guarded by requester verification and four eyes).
 *       Not a {@code SUBPOENA} or a {@code NATIONAL_SECURITY_LETTER} (§ 2709 reaches no content).</li>
 *   <li>{@code SUBSCRIBER} and {@code NON_CONTENT}: anything at least a subpoena's equivalent: every type but
 *       {@code PRESERVATION_REQUEST} (§ 2703(f) only preserves; it compels no disclosure) and {@code OTHER}.</li>
 * </ul>
 * Jurisdiction: the issuing country must be one of the supported ones (configured; by default {@code US}); a
 * demand from anywhere else must be a {@code FOREIGN_ORDER}, or it fails.
 */
public final class ValidityRules {

    private static final Set<String> NOT_COMPULSORY = Set.of("PRESERVATION_REQUEST", "OTHER");
    private static final Map<String, Set<String>> CONTENT_BASES = Map.of("CONTENT",
            Set.of("SEARCH_WARRANT", "COURT_ORDER", "FOREIGN_ORDER", "EMERGENCY_REQUEST"));
    private static final String FOREIGN_ORDER = "FOREIGN_ORDER";

    private final Set<String> supportedCountries;

    public ValidityRules(Set<String> supportedCountries) {
        this.supportedCountries = Set.copyOf(supportedCountries);
    }

    /** Every reason {@code demand} fails, in the order lawful basis, accounts, jurisdiction. */
    public Validity check(ResponseDemand demand) {
        List<Validity.Reason> reasons = new ArrayList<>();
        lawfulBasis(demand, reasons);
        if (demand.accountsSpecified() == 0) {
            reasons.add(new Validity.Reason("NO_NAMED_ACCOUNT", "the demand names no account"));
        }
        if (!supportedCountries.contains(demand.country()) && !FOREIGN_ORDER.equals(demand.demandType())) {
            reasons.add(new Validity.Reason("UNSUPPORTED_JURISDICTION", "a " + demand.demandType() + " issued in "
                    + demand.country() + " is outside the supported jurisdictions " + supportedCountries.stream()
                    .sorted().toList() + "; a demand from elsewhere must be a FOREIGN_ORDER"));
        }
        return new Validity(reasons);
    }

    private static void lawfulBasis(ResponseDemand demand, List<Validity.Reason> reasons) {
        if (demand.dataCategories().isEmpty()) {
            reasons.add(new Validity.Reason("NO_DATA_CATEGORY", "the demand names no data category"));
        }
        demand.dataCategories().stream().distinct().filter(category -> !hasBasis(demand.demandType(), category))
                .forEach(category -> reasons.add(new Validity.Reason("NO_LAWFUL_BASIS", "a " + demand.demandType()
                        + " is no lawful basis for " + category + " data")));
    }

    private static boolean hasBasis(String demandType, String category) {
        Set<String> bases = CONTENT_BASES.get(category);
        return bases == null ? !NOT_COMPULSORY.contains(demandType) : bases.contains(demandType);
    }
}

package org.demandflow.e2e.corpus;

import java.util.List;
import org.demandflow.e2e.corpus.StatusCase.ClosedWithIncident;
import org.demandflow.e2e.corpus.StatusCase.DeadLettered;
import org.demandflow.e2e.corpus.StatusCase.StaysClosed;

/**
 * The status half of the corpus (safety rule 8): hostile and broken histories of {@code demand-secrecy-status}
 * about demands under a FULL order, each with notification-service's documented answer. A producer without
 * order-review's key cannot sign: its well-formed next version closes the gate (the first rows). The rule-8 rows
 * after them are signed with order-review's own key (a leaked key, a bug): their answers hold on their own.
 */
final class StatusCorpus {

    private StatusCorpus() {
    }

    static List<StatusCase> cases() {
        return List.of(
                new StatusCase("a well-formed next version (v3 CLEARED) without a signature",
                        f -> List.of(f.unsignedNextClearance()), new ClosedWithIncident("SIGNATURE_MISSING")),
                new StatusCase("the next version signed with a key nobody trusts",
                        f -> List.of(f.nextClearanceSignedBy(StatusForgery.STRANGER)),
                        new ClosedWithIncident("UNKNOWN_SIGNING_KEY")),
                new StatusCase("the next version signed with another key under order-review's key id",
                        f -> List.of(f.nextClearanceSignedBy(StatusForgery.stranger(f.orderReview().keyId()))),
                        new ClosedWithIncident("SIGNATURE_INVALID")),
                new StatusCase("a genuine v3 RESTRICTED changed to CLEARED in flight, its signature kept",
                        f -> List.of(f.tamperedNextClearance()), new ClosedWithIncident("SIGNATURE_INVALID")),
                new StatusCase("a version jump to 2147483647 CLEARED is held forever", f -> List.of(f.cleared(Integer.MAX_VALUE)),
                        new StaysClosed()),
                new StatusCase("a version jump across a gap (v9 CLEARED) is held", f -> List.of(f.cleared(9)),
                        new StaysClosed()),
                new StatusCase("out of order: v4 RESTRICTED, then v3 CLEARED (older than the highest seen)",
                        f -> List.of(f.restricted(4), f.cleared(3)), new StaysClosed()),
                new StatusCase("the genuine v1 resent late, identical", f -> List.of(f.resentPending()), new StaysClosed()),
                new StatusCase("a status before its demand (held)", f -> List.of(f.clearedBeforeItsDemand()),
                        new StaysClosed()),
                new StatusCase("same version, other value (v2 CLEARED against the genuine v2 RESTRICTED)",
                        f -> List.of(f.cleared(2)), new ClosedWithIncident("VERSION_CONFLICT")),
                new StatusCase("another customer's id in the value", f -> List.of(f.clearedForOtherCustomer(3)),
                        new ClosedWithIncident("CUSTOMER_MISMATCH")),
                new StatusCase("the key names another demand than the value", f -> List.of(f.clearedUnderOtherKey(3)),
                        new ClosedWithIncident("KEY_MISMATCH")),
                new StatusCase("no key, readable value", f -> List.of(f.clearedWithoutKey(3)),
                        new ClosedWithIncident("KEY_MISMATCH")),
                new StatusCase("no key, unreadable value", f -> List.of(f.garbageWithoutKey()), new DeadLettered()));
    }
}

package org.demandflow.review.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain: each entry names the hash of the one before, and verification finds the first broken link. */
class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00.123456789Z");

    private static AuditRecord record(String actor) {
        return new AuditRecord(T0, actor, "ORDER_LIFTED", "d-1", "o-1", null, "{\"status\":\"CLEARED\"}");
    }

    /** A chain of {@code n} entries by actors a1..an. */
    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        ChainHead head = ChainHead.EMPTY;
        for (int i = 1; i <= n; i++) {
            AuditEntry entry = AuditEntry.following(head, record("a" + i));
            entries.add(entry);
            head = ChainHead.of(entry);
        }
        return entries;
    }

    private static ChainReport verify(List<AuditEntry> entries, ChainHead head) {
        ChainVerification verification = new ChainVerification();
        entries.forEach(verification::accept);
        return verification.report(head);
    }

    private static ChainHead headOf(List<AuditEntry> entries) {
        return ChainHead.of(entries.get(entries.size() - 1));
    }

    @Test
    void the_first_entry_follows_the_genesis_hash_and_each_next_entry_names_the_hash_before_it() {
        List<AuditEntry> entries = chain(3);

        assertThat(entries.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
        assertThat(entries).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(entries.get(0).hash()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void an_untouched_chain_is_intact_up_to_its_head() {
        List<AuditEntry> entries = chain(3);

        assertThat(verify(entries, headOf(entries))).isEqualTo(new ChainReport.Intact(3, entries.get(2).hash()));
    }

    @Test
    void an_empty_log_is_intact() {
        assertThat(verify(List.of(), ChainHead.EMPTY)).isEqualTo(new ChainReport.Intact(0, AuditChain.GENESIS));
    }

    @Test
    void an_entry_whose_contents_changed_is_the_first_broken_link() {
        List<AuditEntry> entries = new ArrayList<>(chain(4));
        AuditEntry second = entries.get(1);
        entries.set(1, new AuditEntry(2, second.previousHash(), record("mallory"), second.hash()));

        ChainReport report = verify(entries, headOf(entries));

        assertThat(report).isInstanceOf(ChainReport.Broken.class);
        assertThat(((ChainReport.Broken) report).firstBrokenAt()).isEqualTo(2);
        assertThat(report.entries()).isEqualTo(4);
    }

    @Test
    void an_entry_rehashed_after_a_change_breaks_the_link_of_the_entry_after_it() {
        List<AuditEntry> entries = new ArrayList<>(chain(4));
        entries.set(1, AuditEntry.following(ChainHead.of(entries.get(0)), record("mallory")));

        ChainReport.Broken report = (ChainReport.Broken) verify(entries, headOf(entries));

        assertThat(report.firstBrokenAt()).isEqualTo(3);
        assertThat(report.reason()).contains("does not name the hash of entry 2");
    }

    @Test
    void a_removed_entry_is_reported_at_its_number() {
        List<AuditEntry> entries = new ArrayList<>(chain(4));
        entries.remove(1);

        ChainReport.Broken report = (ChainReport.Broken) verify(entries, headOf(entries));

        assertThat(report.firstBrokenAt()).isEqualTo(2);
        assertThat(report.reason()).contains("entry 2 is missing");
    }

    @Test
    void entries_removed_at_the_end_are_found_against_the_recorded_head() {
        List<AuditEntry> entries = chain(4);

        ChainReport.Broken report = (ChainReport.Broken) verify(entries.subList(0, 2), headOf(entries));

        assertThat(report.firstBrokenAt()).isEqualTo(3);
        assertThat(report.reason()).contains("3..4 are missing");
    }

    @Test
    void every_hashed_field_changes_the_hash() {
        AuditRecord r = record("a");
        String hash = AuditChain.hashOf(1, AuditChain.GENESIS, r);

        assertThat(List.of(
                AuditChain.hashOf(2, AuditChain.GENESIS, r),
                AuditChain.hashOf(1, "1".repeat(64), r),
                AuditChain.hashOf(1, AuditChain.GENESIS, new AuditRecord(T0.plusNanos(1000), "a", r.action(),
                        r.demandId(), r.orderId(), r.subjectId(), r.facts())),
                AuditChain.hashOf(1, AuditChain.GENESIS, new AuditRecord(T0, "a", "ORDER_EXPIRED", r.demandId(),
                        r.orderId(), r.subjectId(), r.facts())),
                AuditChain.hashOf(1, AuditChain.GENESIS, new AuditRecord(T0, "a", r.action(), null, r.orderId(),
                        r.subjectId(), r.facts())),
                AuditChain.hashOf(1, AuditChain.GENESIS, new AuditRecord(T0, "a", r.action(), r.demandId(),
                        r.orderId(), "s-1", r.facts())),
                AuditChain.hashOf(1, AuditChain.GENESIS, new AuditRecord(T0, "a", r.action(), r.demandId(),
                        r.orderId(), r.subjectId(), "{}")))).doesNotContain(hash).doesNotHaveDuplicates();
    }

    @Test
    void the_encoding_tells_an_absent_value_from_a_dash_and_shifted_boundaries_apart() {
        assertThat(AuditChain.encode(null, "x")).isNotEqualTo(AuditChain.encode("-", "x"));
        assertThat(AuditChain.encode("ab", "c")).isNotEqualTo(AuditChain.encode("a", "bc"));
        assertThat(AuditChain.encode("é")).isEqualTo("2:é");
    }

    @Test
    void the_time_is_hashed_to_the_microsecond_as_the_database_keeps_it() {
        assertThat(record("a").at()).isEqualTo(Instant.parse("2026-12-01T10:00:00.123456Z"));
    }
}

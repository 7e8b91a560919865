package org.demandflow.notification.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;

class StatusChangeTest {

    private static final DemandId DEMAND = DemandId.random();

    @Test
    void a_new_version_cancels_the_notices_of_older_ones_as_superseded_by_it() {
        assertThat(status(4, "order recorded").cancelsOlderBecause()).isEqualTo("SUPERSEDED by version 4");
    }

    @Test
    void a_closure_for_integrity_cancels_them_with_its_own_reason_not_an_impossible_version() {
        assertThat(status(StatusChange.EVERY_VERSION, "INTEGRITY_VERSION_CONFLICT").cancelsOlderBecause())
                .isEqualTo("INTEGRITY_VERSION_CONFLICT");
    }

    private static StatusChange status(int version, String reason) {
        return new StatusChange(DEMAND, "contoso", version, SecrecyStatus.RESTRICTED, reason, List.of(), null,
                Instant.parse("2026-12-01T10:00:00Z"));
    }
}

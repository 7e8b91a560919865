package org.demandflow.perf.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    @Test
    void a_figure_against_the_baseline_carries_the_quotient_and_the_baselines_name() {
        Figure baseline = Figure.plain("Baseline", "produce rate", 16_000, "records/s");

        Figure rate = Figure.plain("Catch-up", "catch-up", 40, "demands/s").against(baseline);

        assertThat(rate.ratio()).isEqualTo(0.0025);
        assertThat(rate.ratioTo()).isEqualTo("produce rate");
    }

    @Test
    void a_target_is_met_or_not_by_the_value() {
        assertThat(Figure.plain("s", "p99", 49, "ms").atMost(50, "≤ 50 ms").met()).isTrue();
        assertThat(Figure.plain("s", "rate", 41, "demands/s").atLeast(2_000, "≥ 2,000/s").met()).isFalse();
    }

    @Test
    void both_files_hold_every_figure_with_its_target_and_an_unmeasured_value_is_null_in_the_json(@TempDir Path folder)
            throws Exception {
        Report report = new Report();
        report.setting("perf.backlog", 10);
        report.add(Figure.plain("Catch-up", "catch-up", 41, "demands/s").atLeast(2_000, "≥ 2,000/s"));
        report.add(Figure.plain("Catch-up", "never measured", Double.NaN, "ms"));
        report.note("a \"quoted\" note");

        report.write(folder);

        assertThat(Files.readString(folder.resolve("perf-report.md")))
                .contains("## Catch-up", "| catch-up | 41.0 demands/s |  | ≥ 2,000/s | **not met** |", "perf.backlog=10");
        assertThat(Files.readString(folder.resolve("perf-report.json")))
                .contains("\"value\": null", "\"met\": false", "a \\\"quoted\\\" note");
    }
}

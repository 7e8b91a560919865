package org.demandflow.deploy.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert rules are valid ({@code promtool check rules}), their unit tests pass ({@code promtool test rules}:
 * each alert fires when its condition holds long enough and stays quiet short of it), and a broken rule or a
 * wrong expectation fails, so these checks can fail.
 */
class PrometheusRulesTest {

    @Test
    void the_alert_rules_are_valid() {
        Promtool.Result result = Promtool.run("check", "rules", "alerts.yml");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: 7 rules found");
    }

    @Test
    void every_alert_fires_and_stays_quiet_as_its_unit_tests_expect() {
        Promtool.Result result = Promtool.run("test", "rules", "alerts-test.yml");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS");
    }

    @Test
    void the_unit_tests_fail_when_an_alert_misbehaves(@TempDir Path directory) throws IOException {
        Path prometheus = Promtool.OBSERVABILITY.resolve("prometheus").toAbsolutePath();
        Files.writeString(directory.resolve("alerts.yml"), Files.readString(prometheus.resolve("alerts.yml"))
                .replace("max(demandflow_review_orders_overdue) > 0", "max(demandflow_review_orders_overdue) > 1"));
        Files.writeString(directory.resolve("alerts-test.yml"), Files.readString(prometheus.resolve("alerts-test.yml")));

        Promtool.Result result = Promtool.run("test", "rules", directory.resolve("alerts-test.yml").toString());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("alertname: DemandflowOrderPastExpiry");
    }

    @Test
    void every_expression_of_the_dashboard_is_valid_promql(@TempDir Path directory) throws IOException {
        List<String> expressions = GrafanaDashboard.load().expressions();
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        for (int index = 0; index < expressions.size(); index++) {
            String expression = expressions.get(index).replace("$__rate_interval", "1m");
            rules.append("      - record: dashboard:expression_").append(index).append('\n')
                    .append("        expr: '").append(expression.replace("'", "''")).append("'\n");
        }
        Path file = Files.writeString(directory.resolve("dashboard-rules.yml"), rules);

        Promtool.Result result = Promtool.run("check", "rules", file.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: " + expressions.size() + " rules found");
    }
}

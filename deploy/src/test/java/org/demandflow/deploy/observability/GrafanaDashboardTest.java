package org.demandflow.deploy.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's structure, which no offline Grafana validator checks: a title and uid, a Prometheus data source
 * chosen by a variable (no data source uid of one installation), unique panel ids, panels on the 24-column grid
 * without overlapping, and every panel querying that data source with expressions and unique ref ids. Its
 * expressions' PromQL is checked by promtool ({@link PrometheusRulesTest}) and its metric names against the running
 * services (e2e {@code ExportedMetricsTest}); what it shows is what issue 17 asks for.
 */
class GrafanaDashboardTest {

    private final GrafanaDashboard dashboard = GrafanaDashboard.load();

    @Test
    void it_has_a_title_a_uid_and_a_prometheus_data_source_variable() {
        assertThat(dashboard.root().path("title").asString()).isEqualTo("Demandflow");
        assertThat(dashboard.root().path("uid").asString()).isEqualTo("demandflow");
        assertThat(dashboard.root().path("templating").path("list")).anySatisfy(variable -> {
            assertThat(variable.path("name").asString()).isEqualTo("datasource");
            assertThat(variable.path("type").asString()).isEqualTo("datasource");
            assertThat(variable.path("query").asString()).isEqualTo("prometheus");
        });
    }

    @Test
    void its_panels_have_unique_ids_and_fit_the_grid_without_overlapping() {
        List<JsonNode> panels = dashboard.panels();
        Set<Integer> ids = new HashSet<>();
        Set<String> cells = new HashSet<>();
        for (JsonNode panel : panels) {
            assertThat(ids.add(panel.path("id").asInt())).as("panel id %s unique", panel.path("id")).isTrue();
            JsonNode grid = panel.path("gridPos");
            int x = grid.path("x").asInt();
            int width = grid.path("w").asInt();
            assertThat(width).isPositive();
            assertThat(x + width).as("%s within 24 columns", panel.path("title")).isLessThanOrEqualTo(24);
            for (int column = x; column < x + width; column++) {
                for (int row = grid.path("y").asInt(); row < grid.path("y").asInt() + grid.path("h").asInt(); row++) {
                    assertThat(cells.add(column + ":" + row)).as("%s overlaps another panel", panel.path("title"))
                            .isTrue();
                }
            }
        }
    }

    @Test
    void every_panel_queries_the_chosen_prometheus_with_expressions() {
        for (JsonNode panel : dashboard.panels()) {
            assertThat(panel.path("title").asString()).isNotBlank();
            assertThat(panel.path("datasource").path("uid").asString()).isEqualTo("${datasource}");
            assertThat(panel.path("targets")).as("%s targets", panel.path("title")).isNotEmpty();
            Set<String> refIds = new HashSet<>();
            panel.path("targets").forEach(target -> {
                assertThat(target.path("expr").asString()).isNotBlank();
                assertThat(refIds.add(target.path("refId").asString())).isTrue();
            });
        }
    }

    @Test
    void it_shows_what_operators_watch() {
        assertThat(String.join("\n", dashboard.expressions())).contains(
                "demandflow_intake_received_total", "demandflow_intake_rejected_total",
                "spring_cloud_stream_binder_kafka_offset", "demandflow_outbox_backlog",
                "demandflow_dead_letters_total", "demandflow_notices_pending",
                "demandflow_notices_oldest_open_age_seconds", "demandflow_review_orders_expiring",
                "demandflow_gate_integrity_violations_total");
    }
}

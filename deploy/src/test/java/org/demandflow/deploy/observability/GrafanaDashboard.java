package org.demandflow.deploy.observability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Grafana dashboard of {@code deploy/observability/grafana}, read as the JSON tree Grafana imports. */
record GrafanaDashboard(JsonNode root) {

    static final Path FILE = Promtool.OBSERVABILITY.resolve("grafana/demandflow.json");

    static GrafanaDashboard load() {
        return new GrafanaDashboard(JsonMapper.builder().build().readTree(FILE.toFile()));
    }

    List<JsonNode> panels() {
        List<JsonNode> panels = new ArrayList<>();
        root.path("panels").forEach(panels::add);
        return panels;
    }

    /** Every query expression of every panel, in panel order. */
    List<String> expressions() {
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : panels()) {
            panel.path("targets").forEach(target -> expressions.add(target.path("expr").asString()));
        }
        return expressions;
    }
}

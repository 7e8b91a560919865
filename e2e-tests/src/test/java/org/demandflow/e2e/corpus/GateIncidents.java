package org.demandflow.e2e.corpus;

import java.util.ArrayList;
import java.util.List;
import org.demandflow.e2e.support.RestClient;
import org.demandflow.e2e.support.ServiceProcess;
import tools.jackson.databind.JsonNode;

/** The integrity incidents notification-service recorded for a demand, read through its REST API as an auditor. */
final class GateIncidents {

    private final RestClient rest;

    GateIncidents(ServiceProcess notification) {
        this.rest = new RestClient(notification.url() + "/api/v1/integrity-incidents", "auditor");
    }

    List<String> kindsFor(String demandId) {
        RestClient.Answer answer = rest.get("");
        if (answer.status() != 200) {
            throw new IllegalStateException("GET incidents answered " + answer.status() + ": " + answer.body());
        }
        List<String> kinds = new ArrayList<>();
        for (JsonNode incident : answer.json()) {
            if (demandId.equals(incident.path("demandId").asString())) {
                kinds.add(incident.path("kind").asString());
            }
        }
        return kinds;
    }
}

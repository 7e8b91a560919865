package org.demandflow.e2e.support;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Every notice notification-service recorded for a demand (planned, sent, cancelled or failed),
 * read through its REST API as an auditor. Notices are recorded when a status is applied, before
 * any is sent; so once a notice of a status version was seen on {@code customer-notices}, this
 * list holds every notice planned for that version and for every version applied before it.
 */
public final class NoticeLedger {

    private final RestClient rest;

    public NoticeLedger(ServiceProcess notification) {
        this.rest = new RestClient(notification.url() + "/api/v1/notices", "auditor");
    }

    /** One recorded notice: the status version it was planned for, its recipient and scope. */
    public record Recorded(int statusVersion, String recipientEmail, String scope, String state) {
    }

    public List<Recorded> forDemand(String demandId) {
        RestClient.Answer answer = rest.get("?demandId=" + demandId);
        if (answer.status() != 200) {
            throw new IllegalStateException("GET /api/v1/notices answered " + answer.status() + ": " + answer.body());
        }
        List<Recorded> notices = new ArrayList<>();
        for (JsonNode notice : answer.json()) {
            notices.add(new Recorded(notice.get("statusVersion").asInt(), notice.get("recipientEmail").asString(),
                    notice.get("scope").asString(), notice.get("state").asString()));
        }
        return notices;
    }
}

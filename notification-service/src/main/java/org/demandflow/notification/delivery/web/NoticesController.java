package org.demandflow.notification.delivery.web;

import java.util.List;
import java.util.Optional;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.application.NoticeHistory;
import org.demandflow.support.domain.DemandId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/notices?demandId=…}: every notice of a demand, with its state and attempts. */
@RestController
@RequestMapping("/api/v1/notices")
public class NoticesController {

    private final NoticeHistory history;

    public NoticesController(NoticeHistory history) {
        this.history = history;
    }

    @GetMapping
    @PreAuthorize("hasRole('AUDITOR')")
    public List<NoticeView> notices(@RequestParam String demandId) {
        return demandIdOf(demandId).map(history::ofDemand).orElse(List.of()).stream().map(NoticeView::of).toList();
    }

    /** The demand the parameter names; a text that is no demand id names none, so it has no notices. */
    private static Optional<DemandId> demandIdOf(String text) {
        try {
            return Optional.of(DemandId.parse(text));
        } catch (IllegalArgumentException notADemandId) {
            return Optional.empty();
        }
    }

    /** A notice as the API shows it. */
    public record NoticeView(String noticeId, String demandId, String customerId, int statusVersion, String kind,
                             String recipientEmail, String scope, String state, int attempts, String reason) {

        static NoticeView of(Notice notice) {
            return new NoticeView(notice.id(), notice.demandId().toString(), notice.customerId(),
                    notice.statusVersion(), notice.kind().name(),
                    notice.recipientEmail(), notice.scope().name(), notice.state().name(), notice.attempts(),
                    notice.reason());
        }
    }
}

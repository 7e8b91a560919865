package org.demandflow.review.attention.web;

import java.time.Instant;
import java.util.List;
import org.demandflow.review.attention.AttentionItem;
import org.demandflow.review.attention.AttentionKind;
import org.demandflow.review.attention.application.AttentionList;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The attention list: challenge candidates, orders ending soon, review dates, overdue and waiting cases. */
@RestController
class AttentionController {

    /** Reviewers and auditors read the list, like the cases themselves. */
    static final String READS = "hasAnyRole('REVIEWER', 'AUDITOR')";

    private final AttentionList attention;

    AttentionController(AttentionList attention) {
        this.attention = attention;
    }

    @GetMapping("/api/v1/attention")
    @PreAuthorize(READS)
    List<AttentionView> items() {
        return attention.items().stream().map(AttentionView::of).toList();
    }

    /** One item of the list as the API shows it. */
    record AttentionView(String demandId, String orderId, AttentionKind kind, String reason, Instant dueAt) {

        static AttentionView of(AttentionItem item) {
            return new AttentionView(item.demandId().toString(), item.orderId(), item.kind(), item.reason(),
                    item.dueAt());
        }
    }
}

package org.demandflow.review.web;

import java.util.List;
import org.demandflow.review.attention.AttentionList;
import org.demandflow.review.domain.AttentionItem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The attention list: challenge candidates, orders ending soon, review dates, overdue and waiting cases. */
@RestController
class AttentionController {

    private final AttentionList attention;

    AttentionController(AttentionList attention) {
        this.attention = attention;
    }

    @GetMapping("/api/v1/attention")
    @PreAuthorize(ReviewController.READS)
    List<AttentionItem> items() {
        return attention.items();
    }
}

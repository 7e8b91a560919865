package org.demandflow.review.attention.web;

import java.time.Instant;
import java.util.Comparator;
import org.demandflow.review.attention.AttentionItem;
import org.demandflow.review.attention.application.AttentionList;
import org.demandflow.review.console.ConsolePage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's attention list: everything {@code /api/v1/attention} knows, soonest first, each linking its case. */
@Controller
@ConsolePage
class ConsoleAttention {

    private final AttentionList attention;

    ConsoleAttention(AttentionList attention) {
        this.attention = attention;
    }

    @GetMapping("/console/attention")
    @PreAuthorize(AttentionController.READS)
    String items(Model model) {
        model.addAttribute("items", attention.items().stream()
                .sorted(Comparator.comparing(AttentionItem::dueAt,
                        Comparator.nullsLast(Comparator.<Instant>naturalOrder())))
                .map(AttentionController.AttentionView::of).toList());
        return "console/attention";
    }
}

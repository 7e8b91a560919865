package org.demandflow.review.attention.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.demandflow.review.attention.AttentionItem;
import org.demandflow.review.attention.AttentionRules;
import org.demandflow.review.cases.ReviewCases;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the attention list from the open cases, the most urgent (earliest date) first. */
@Service
public class AttentionList {

    private final ReviewCases cases;
    private final AttentionRules rules;
    private final Clock clock;

    AttentionList(ReviewCases cases, AttentionProperties properties, Clock clock) {
        this.cases = cases;
        this.rules = new AttentionRules(properties.thresholds());
        this.clock = clock;
    }

    /** Every item of every open case now. */
    @Transactional(readOnly = true)
    public List<AttentionItem> items() {
        Instant now = clock.instant();
        return cases.findOpen().stream()
                .flatMap(c -> rules.itemsOf(c.snapshot(), now).stream())
                .sorted(Comparator.comparing(AttentionItem::dueAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }
}

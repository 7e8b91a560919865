package org.demandflow.transparency.facts.web;

import java.util.List;
import org.demandflow.transparency.facts.TopicReplay;
import org.demandflow.transparency.facts.application.FactsRebuild;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/facts/rebuild} (operators): the store rebuilt from the source topics, per topic what it gave. */
@RestController
class RebuildController {

    private final FactsRebuild rebuild;

    RebuildController(FactsRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PreAuthorize("hasRole('OPERATOR')")
    @PostMapping("/api/v1/facts/rebuild")
    List<TopicReplay.Replayed> rebuild() {
        return rebuild.run();
    }
}

package org.demandflow.intake.demand.web;

import java.util.List;
import org.demandflow.intake.demand.DemandView;

/** One page of demands: the page number (from 0), its size and the totals. */
public record DemandPage(List<DemandView> content, int page, int size, long totalElements, long totalPages) {
}

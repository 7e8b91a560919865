package org.demandflow.transparency.report;

import java.util.List;
import java.util.Optional;

/** The published reports (the repository port): written once per period, never changed. */
public interface PublishedReports {

    Optional<PublishedReport> find(ReportPeriod period);

    /** Stores the report unless its period is already published; answers whether this one was stored. */
    boolean add(PublishedReport report);

    List<PublishedReport> all();
}

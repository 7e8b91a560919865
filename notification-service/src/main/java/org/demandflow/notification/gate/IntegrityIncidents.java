package org.demandflow.notification.gate;

import java.util.List;

/** The recorded integrity incidents; every one closed its demand's gate for good. */
public interface IntegrityIncidents {

    void record(IntegrityIncident incident);

    /** Every incident, newest first. */
    List<IntegrityIncident> all();
}

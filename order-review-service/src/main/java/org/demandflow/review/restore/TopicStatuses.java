package org.demandflow.review.restore;

import java.util.List;
import org.demandflow.review.cases.StatusChanged;

/** The status versions published on {@code demand-secrecy-status}, as read back from the topic. */
public interface TopicStatuses {

    /**
     * Every status on the topic up to the end it had when the reading began, in topic order per demand; a record
     * that cannot be read names no version anyone knows and is left out.
     */
    List<StatusChanged> readToEnd();
}

package org.demandflow.notification.restore;

import java.time.Instant;
import java.util.List;
import org.demandflow.notification.delivery.NoticeConcluded;

/** The notices the service reported concluded on {@code customer-notices}. */
public interface ConcludedNotices {

    /** Every notice reported from the first record at or after {@code from} to the topic's end, in topic order. */
    List<NoticeConcluded> since(Instant from);
}

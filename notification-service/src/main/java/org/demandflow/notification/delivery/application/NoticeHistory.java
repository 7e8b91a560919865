package org.demandflow.notification.delivery.application;

import java.util.List;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.Notices;
import org.demandflow.support.domain.DemandId;
import org.springframework.stereotype.Service;

/** What happened to the notices of a demand, for auditors. */
@Service
public class NoticeHistory {

    private final Notices notices;

    public NoticeHistory(Notices notices) {
        this.notices = notices;
    }

    /** Every notice of the demand, by status version and recipient. */
    public List<Notice> ofDemand(DemandId demandId) {
        return notices.forDemand(demandId);
    }
}

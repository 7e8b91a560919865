package org.demandflow.notification.response.messaging;

import org.demandflow.events.DemandResponseChanged;
import org.demandflow.notification.response.Disposition;
import org.demandflow.notification.response.LetterKind;
import org.demandflow.notification.response.ResponseChange;
import org.demandflow.notification.response.ResponseStage;
import org.demandflow.support.domain.DemandId;

/** Turns a {@code DemandResponseChanged} into the domain's {@link ResponseChange}. */
final class ResponseMapper {

    private ResponseMapper() {
    }

    static ResponseChange toDomain(DemandResponseChanged value) {
        return new ResponseChange(DemandId.parse(value.getDemandId()), value.getCustomerId(), value.getVersion(),
                ResponseStage.valueOf(value.getStage().name()),
                value.getDisposition() == null ? null : Disposition.valueOf(value.getDisposition().name()),
                value.getLetter() == null ? null : LetterKind.valueOf(value.getLetter().name()),
                value.getReason(), value.getEffectiveAt());
    }
}

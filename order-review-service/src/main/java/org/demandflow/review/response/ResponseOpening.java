package org.demandflow.review.response;

import java.util.List;
import org.demandflow.support.domain.DemandId;

/**
 * The port through which a received demand opens its response (implemented by the response's application
 * service), so the demands' consumer opens both tracks without reaching into this capability's adapters.
 */
public interface ResponseOpening {

    /**
     * Opens the responses of received demands, UNDER_REVIEW, version 1, in one transaction: answers the demands
     * whose response was opened, in order; a demand that has one already (or came earlier in the list) is left
     * as it is.
     */
    List<DemandId> openAll(List<ResponseDemand> demands);
}

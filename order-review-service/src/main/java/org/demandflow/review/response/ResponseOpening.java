package org.demandflow.review.response;

/**
 * The port through which a received demand opens its response (implemented by the response's application
 * service), so the demands' consumer opens both tracks without reaching into this capability's adapters.
 */
public interface ResponseOpening {

    /** Opens the response of a received demand: UNDER_REVIEW, version 1; answers false if it has one already. */
    boolean open(ResponseDemand demand);
}

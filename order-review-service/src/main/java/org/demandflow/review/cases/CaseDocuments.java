package org.demandflow.review.cases;

import org.demandflow.review.domain.ReviewCase;
import org.demandflow.review.domain.ReviewCaseSnapshot;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Turns a review case into the JSON document stored with it, and back. */
final class CaseDocuments {

    // Own mapper: the stored form must not change when the web's JSON settings do. Derived
    // properties (such as an order's "active") are written for readers and ignored on reading.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CaseDocuments() {
    }

    static String write(ReviewCase reviewCase) {
        return JSON.writeValueAsString(reviewCase.snapshot());
    }

    static ReviewCase read(String document) {
        return ReviewCase.restore(JSON.readValue(document, ReviewCaseSnapshot.class));
    }
}

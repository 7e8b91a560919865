package org.demandflow.notification.letter;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.demandflow.notification.response.Disposition;
import org.demandflow.notification.response.ResponseChange;
import org.demandflow.notification.response.ResponseStage;

/**
 * What a customer's notice says of the response to the agency: what happened so far (categories disclosed,
 * never data), whether it is final, and what the customer can do.
 */
final class ResponseWording {

    static final String NOT_FINAL = " This is not final: we will write to you again when our response is final.";
    static final String NO_DATA = " We have not produced any data.";

    private ResponseWording() {
    }

    static String response(Optional<ResponseChange> response, List<String> categories) {
        ResponseStage stage = response.map(ResponseChange::stage).orElse(ResponseStage.UNDER_REVIEW);
        return switch (stage) {
            case UNDER_REVIEW -> "We are reviewing the demand's validity." + NO_DATA + NOT_FINAL;
            case REDIRECT_REQUESTED -> "We redirected the agency to you: we asked it to seek the data from your"
                    + " organisation directly." + NO_DATA + NOT_FINAL;
            case PRODUCTION_REVIEW -> "The agency insists on production from us; we are reviewing what, if"
                    + " anything, the law requires us to produce." + NO_DATA + NOT_FINAL;
            case CLOSED -> closed(response.get().disposition(), categories) + " This is our final response.";
        };
    }

    static String whatYouCanDo(Optional<ResponseChange> response) {
        Optional<Disposition> disposition = response.flatMap(ResponseChange::finalDisposition);
        if (disposition.filter(Disposition.WITHDRAWN::equals).isPresent()) {
            return "Nothing is required of you. You may keep this notice for your records.";
        }
        if (disposition.filter(Disposition.REDIRECTED::equals).isPresent()) {
            return "Expect the agency to contact you. You may seek legal advice and, where the law allows,"
                    + " object to the demand or move to quash or modify it.";
        }
        return "You may seek legal advice and, where the law allows, move to quash or modify the demand in the"
                + " court or with the authority that issued it.";
    }

    private static String closed(Disposition disposition, List<String> categories) {
        return switch (disposition) {
            case REDIRECTED -> "The agency was sent to you: it agreed to seek the data from your organisation"
                    + " directly. We produced no data.";
            case WITHDRAWN -> "The agency withdrew the demand. We produced no data.";
            case REJECTED -> "We rejected the demand and produced no data.";
            case NO_DATA_FOUND -> "We found no data responsive to the demand. We produced none.";
            case DISCLOSED_NON_CONTENT -> "We disclosed data of these categories, and no content: "
                    + named(categories.stream().filter(category -> !category.equals("CONTENT")).toList()) + ".";
            case DISCLOSED_CONTENT -> "We disclosed data of these categories: " + named(categories) + ".";
        };
    }

    private static String named(List<String> categories) {
        return categories.isEmpty() ? "non-content records"
                : categories.stream().map(LetterWriter::category).collect(Collectors.joining(", "));
    }
}

package org.demandflow.e2e.corpus;

import static org.demandflow.e2e.corpus.RestCase.intake;
import static org.demandflow.e2e.corpus.RestCase.review;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.demandflow.e2e.support.RestClient;
import tools.jackson.databind.node.ObjectNode;

/** The REST half of the corpus: each row a bad request to intake or order review and its 4xx problem. */
final class RestCorpus {

    private static final String ORDERS = "reviews/{demandId}/secrecy-orders";
    private static final String RESPONSE = "reviews/{demandId}/response";
    private static final String CHALLENGES = "reviews/{demandId}/challenges";

    private RestCorpus() {
    }

    /** A valid intake body (a fresh ticket) with one field's JSON replaced, e.g. {@code "country": "XX"}. */
    static String demand(String field, String json) {
        return replaced("""
                {"externalReference": "LE-%s", "customerId": "corpus-customer", "demandType": "SEARCH_WARRANT",
                 "issuingAuthority": {"agency": "FBI", "country": "US", "court": null, "docketNumber": null,
                                      "requesterName": null, "requesterEmail": "agent@fbi.example.gov"},
                 "dataCategories": ["SUBSCRIBER"], "accountIdentifiers": ["mailbox-1"],
                 "receivedAt": "2026-11-28T09:00:00Z", "responseDueAt": null, "nondisclosureIndicated": false,
                 "notes": null}""".formatted(UUID.randomUUID()), field, json);
    }

    /** A valid secrecy order with one field's JSON replaced. */
    static String order(String field, String json) {
        return replaced("""
                {"authority": "USC_2705B", "court": "W.D. Wash.", "docketNumber": "2:26-mj-1",
                 "issuedAt": "2026-11-01T00:00:00Z", "expiresAt": null, "scope": "FULL", "permittedRecipients": [],
                 "exceptionalCircumstances": null}""", field, json);
    }

    private static String replaced(String valid, String field, String json) {
        ObjectNode body = (ObjectNode) RestClient.JSON.readTree(valid);
        if (field != null) {
            body.set(field, RestClient.JSON.readTree(json));
        }
        return RestClient.JSON.writeValueAsString(body);
    }

    /** An EXECUTIVE_ONLY order naming the recipients given as JSON array elements. */
    static String carveOut(String recipients) {
        return order("scope", "\"EXECUTIVE_ONLY\"")
                .replace("\"permittedRecipients\":[]", "\"permittedRecipients\":[" + recipients + "]");
    }

    /**
     * An array nested {@code depth} levels deep: {@code [[[…]]]}, put under an unknown property (which binding
     * ignores), so only the parser's depth limit can refuse it; 200 is below Jackson's own default limit.
     */
    static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static List<RestCase> cases() {
        return List.of(
                intake("not JSON", "this is not json", 400, "MALFORMED_JSON"),
                intake("cut-off JSON", demand(null, null).substring(0, 40), 400, "MALFORMED_JSON"),
                intake("empty body", "", 400, null),
                intake("a JSON array instead of an object", "[]", 400, "INVALID_TYPE"),
                intake("a string for the account identifiers (type confusion)", demand("accountIdentifiers", "\"mailbox-1\""), 400, "INVALID_TYPE"),
                intake("a number for the agency's record (type confusion)", demand("issuingAuthority", "42"), 400, "INVALID_TYPE"),
                intake("\"yesterday\" as receivedAt", demand("receivedAt", "\"yesterday\""), 400, "INVALID_TYPE"),
                intake("\"maybe\" as nondisclosureIndicated", demand("nondisclosureIndicated", "\"maybe\""), 400, "INVALID_TYPE"),
                intake("an unknown demand type", demand("demandType", "\"TORTURE_WARRANT\""), 422, "UNKNOWN_VALUE"),
                intake("an empty object", "{}", 422, "REQUIRED"),
                intake("an empty customer id", demand("customerId", "\"\""), 422, "BLANK_OR_UNTRIMMED"),
                intake("a bad country", demand("issuingAuthority", "{\"agency\": \"FBI\", \"country\": \"ZZ\"}"), 422, "INVALID_COUNTRY"),
                intake("a bad requester e-mail", demand("issuingAuthority",
                        "{\"agency\": \"FBI\", \"country\": \"US\", \"requesterEmail\": \"a@@b\"}"), 422, "INVALID_EMAIL"),
                intake("a year-275760 receivedAt", demand("receivedAt", "\"+275760-09-13T00:00:00Z\""), 422, "OUT_OF_RANGE"),
                intake("a NUL in the customer id", demand("customerId", "\"cust\\u0000omer\""), 422, "CONTROL_CHARACTER"),
                intake("a response due before receipt", demand("responseDueAt", "\"2026-11-27T09:00:00Z\""), 422, "NOT_AFTER_RECEIVED"),
                intake("10,000 account identifiers", demand("accountIdentifiers", IntStream.range(0, 10_000)
                        .mapToObj(i -> "\"a" + i + "\"").collect(Collectors.joining(",", "[", "]"))), 422, "TOO_MANY"),
                intake("a 5 MB note (huge body)", demand("notes", "\"" + "x".repeat(5_000_000) + "\""), 422, "TOO_LONG"),
                intake("no credentials", demand(null, null), 401, null).as(null),
                intake("an auditor may not submit", demand(null, null), 403, null).as("auditor"),
                new RestCase("an unknown demand id", "intake", "auditor", "demands/00000000-0000-0000-0000-000000000000",
                        null, 404, null, true),
                review("no-secrecy-order for an unknown demand id", "reviews/no-such-demand/no-secrecy-order", "{}", 404),
                review("an order on an unknown demand id", "reviews/no-such-demand/secrecy-orders", order("scope", "\"FULL\""), 404),
                review("an order ending before it was issued", ORDERS, order("expiresAt", "\"2026-10-01T00:00:00Z\""), 422),
                review("an order with an unknown authority", ORDERS, order("authority", "\"MAGIC\""), 400),
                review("an order with a bad recipient e-mail", ORDERS, order("scope", "\"EXECUTIVE_ONLY\"")
                        .replace("\"permittedRecipients\":[]", "\"permittedRecipients\":[\"not-an-email\"]"), 422),
                review("an EXECUTIVE_ONLY order naming nobody", ORDERS, order("scope", "\"EXECUTIVE_ONLY\""), 422),
                review("a FULL order naming recipients", ORDERS,
                        order("permittedRecipients", "[\"ciso@corpus.example\"]"), 422),
                review("an issuedAt out of range", ORDERS, order("issuedAt", "\"+1000000001-01-01T00:00:00Z\""), 400),
                review("an oversize docket number", ORDERS, order("docketNumber", "\"" + "9".repeat(201) + "\""), 400),
                review("an order that is not JSON", ORDERS, "{\"authority\": ", 400),
                review("an extension of an unknown order", "reviews/{demandId}/secrecy-orders/no-such-order/extensions",
                        "{\"expiresAt\": \"2027-01-01T00:00:00Z\"}", 404),
                review("an extension with a boolean date (type confusion)", "reviews/{demandId}/secrecy-orders/{orderId}/extensions",
                        "{\"expiresAt\": true}", 400),
                review("an extension of an order without end", "reviews/{demandId}/secrecy-orders/{orderId}/extensions",
                        "{\"expiresAt\": \"2027-01-01T00:00:00Z\"}", 409),
                review("a lift without reason", "reviews/{demandId}/secrecy-orders/{orderId}/lift", "{\"reason\": \"\"}", 400),
                review("a lift of an unknown order", "reviews/{demandId}/secrecy-orders/no-such-order/lift",
                        "{\"reason\": \"vacated\"}", 404),
                review("no-secrecy-order on a restricted case", "reviews/{demandId}/no-secrecy-order", "{}", 409),
                review("a recipient e-mail with a Cyrillic homoglyph", ORDERS, carveOut("\"cfo@cont\u043eso.example\""), 422),
                review("a recipient e-mail with CR/LF (header injection)", ORDERS,
                        carveOut("\"ciso@corpus.example\\r\\nBcc: all@corpus.example\""), 422),
                review("more permitted recipients than the documented cap", ORDERS, carveOut(IntStream.range(0, 21)
                        .mapToObj(i -> "\"exec" + i + "@corpus.example\"").collect(Collectors.joining(","))), 422),
                review("JSON nested deeper than the documented limit", ORDERS, order("extension", nested(200)), 400),
                review("JSON with a duplicate key", ORDERS, order(null, null)
                        .replaceFirst("\\{", "{\"scope\": \"EXECUTIVE_ONLY\", "), 400),
                intake("JSON nested deeper than the documented limit", demand("extension", nested(200)), 400, null),
                intake("JSON with a duplicate key", demand(null, null)
                        .replaceFirst("\\{", "{\"customerId\": \"other-customer\", "), 400, null),
                review("a redirect for an unknown demand id", "reviews/00000000-0000-0000-0000-000000000000/response/redirect",
                        "{}", 404),
                review("an agency answer before any redirect", RESPONSE + "/agency-answer", "{\"answer\": \"INSISTS\"}", 409),
                review("an unknown agency answer", RESPONSE + "/agency-answer", "{\"answer\": \"MAYBE\"}", 400),
                review("a disposition while the demand is under review", RESPONSE + "/disposition",
                        "{\"disposition\": \"DISCLOSED_CONTENT\", \"reason\": \"x\"}", 409),
                review("a rejection without a reason", RESPONSE + "/rejection", "{\"reason\": \"\"}", 400),
                review("a requester check by an unknown method", RESPONSE + "/verification-checks",
                        "{\"method\": \"PSYCHIC\", \"result\": \"VERIFIED\"}", 400),
                review("a requester check that neither verifies nor fails", RESPONSE + "/verification-checks",
                        "{\"method\": \"SIGNED_PORTAL\", \"result\": \"UNVERIFIED\"}", 422),
                review("a callback number with SQL in it", RESPONSE + "/verification-checks",
                        "{\"method\": \"CALLBACK\", \"result\": \"VERIFIED\", \"callbackNumber\": \"1'; DROP TABLE x;--\"}", 400),
                review("a callback to an agency not in the directory", RESPONSE + "/verification-checks",
                        "{\"method\": \"CALLBACK\", \"result\": \"VERIFIED\", \"callbackNumber\": \"+1 202 555 0100\"}", 409),
                review("a confirmation of an unknown check", RESPONSE + "/verification-checks/no-such-check/confirmation",
                        "{}", 404),
                review("an auditor may not redirect", RESPONSE + "/redirect", "{}", 403).as("auditor"),
                review("a challenge naming no forum, level or matter", CHALLENGES,
                        "{\"orderId\": \"{orderId}\", \"grounds\": \"overbroad\"}", 422),
                review("a challenge at an unknown level", CHALLENGES, "{\"orderId\": \"{orderId}\", \"forum\": \"W.D. Wash.\","
                        + " \"level\": \"HEAVENLY\", \"matter\": \"CRIMINAL\"}", 400),
                review("an appeal of a challenge that does not exist", CHALLENGES, "{\"orderId\": \"{orderId}\","
                        + " \"forum\": \"9th Cir.\", \"level\": \"APPELLATE\", \"matter\": \"CRIMINAL\", \"appealOf\": \"no-such\"}", 422),
                review("an order without credentials", ORDERS, order("scope", "\"FULL\""), 401).as(null),
                review("an operator may not decide", ORDERS, order("scope", "\"FULL\""), 403).as("operator"));
    }
}

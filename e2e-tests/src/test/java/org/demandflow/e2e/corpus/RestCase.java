package org.demandflow.e2e.corpus;

/**
 * One bad request of the corpus and its documented answer: a 4xx {@code application/problem+json}.
 *
 * @param name    what is wrong with it
 * @param service {@code intake} or {@code review}
 * @param user    the local user who sends it, or null for none
 * @param path    under {@code /api/v1/}; {@code {demandId}} and {@code {orderId}} name a real case and order
 * @param body    the raw body of a POST ({@code {orderId}} in it names the real order), or null for a GET
 * @param status  the expected status
 * @param code    the reason code the problem must carry (intake's {@code reasons[].code}), or null
 * @param problem whether the answer is {@code application/problem+json} (true but for one documented bare 404)
 */
record RestCase(String name, String service, String user, String path, String body, int status, String code,
                boolean problem) {

    static RestCase intake(String name, String body, int status, String code) {
        return new RestCase(name, "intake", "operator", "demands", body, status, code, true);
    }

    static RestCase review(String name, String path, String body, int status) {
        return new RestCase(name, "review", "reviewer", path, body, status, null, true);
    }

    RestCase as(String otherUser) {
        return new RestCase(name, service, otherUser, path, body, status, code, problem);
    }

    @Override
    public String toString() {
        return service + ": " + name;
    }
}

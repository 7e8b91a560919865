package org.demandflow.authorization.client;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** URL-encoded forms and query values. */
final class Forms {

    private Forms() {
    }

    /** A form body from name/value pairs. */
    static String of(String... pairs) {
        StringJoiner form = new StringJoiner("&");
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(encode(pairs[i]) + "=" + encode(pairs[i + 1]));
        }
        return form.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}

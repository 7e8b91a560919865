package org.demandflow.perf.stack;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The start-up time each service logs ({@code Started … in X seconds}, Spring Boot's line). */
public final class StartupTimes {

    /** The four services' parts. */
    public static final List<String> SERVICES = List.of("intake", "order-review", "notification", "transparency");

    private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");

    private StartupTimes() {
    }

    /** Each service's start-up seconds, the last start in its log; a service without the line is left out. */
    public static Map<String, Double> of(LocalStack stack) throws IOException {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Matcher started = STARTED.matcher(stack.partLog(service));
            while (started.find()) {
                seconds.put(service, Double.parseDouble(started.group(1)));
            }
        }
        return seconds;
    }
}

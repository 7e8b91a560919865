package org.demandflow.e2e.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.demandflow.e2e.support.ServiceProcess;
import org.demandflow.e2e.support.Stack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The faults, one after the other at random moments of the window: SIGKILL a service (each service
 * in turn) or the broker, leave it down for a random while, start it again on the same port and
 * data, and wait until it is healthy before the next fault. When the stack runs a pair (or more) of each
 * service, a kill hits one instance of the service, chosen at random, while the others go on: its consumer
 * groups' partitions, its outbox relay (an advisory lock) and its claimed notices move to them.
 */
final class Chaos implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Chaos.class);
    static final String BROKER = "kafka";

    private final Stack stack;
    private final Random random;
    private final List<String> plan = new ArrayList<>();
    private final long slot;
    final Map<String, AtomicInteger> kills = new ConcurrentHashMap<>();
    final AtomicInteger restarts = new AtomicInteger();

    Chaos(Stack stack, HarnessSettings settings, Random random) {
        this.stack = stack;
        this.random = random;
        List<ServiceProcess> services = new ArrayList<>(List.of(stack.intake, stack.review, stack.notification));
        Collections.shuffle(services, random);
        for (int i = 0; i < settings.kills(); i++) {
            List<ServiceProcess> instances = stack.instancesOf(services.get(i % services.size()));
            // no draw for a single instance, so a seed replays the plan it made before pairs existed
            int instance = instances.size() == 1 ? 0 : random.nextInt(instances.size());
            plan.add(instances.get(instance).name());
        }
        for (int i = 0; i < settings.brokerRestarts(); i++) {
            plan.add(random.nextInt(plan.size() + 1), BROKER);
        }
        slot = settings.window().toMillis() / Math.max(1, plan.size());
    }

    @Override
    public void run() {
        long start = System.currentTimeMillis();
        for (int i = 0; i < plan.size(); i++) {
            long moment = start + i * slot + random.nextLong(Math.max(1, slot / 2));
            pause(moment - System.currentTimeMillis());
            fault(plan.get(i));
        }
    }

    private void fault(String target) {
        long down = 500 + random.nextLong(4000);
        log.info("fault: SIGKILL {} for {} ms", target, down);
        try {
            if (BROKER.equals(target)) {
                stack.kafka.kill();
                pause(down);
                stack.kafka.start();
            } else {
                ServiceProcess service = service(target);
                service.kill();
                pause(down);
                service.start();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not restart " + target, e);
        }
        kills.computeIfAbsent(target, t -> new AtomicInteger()).incrementAndGet();
        restarts.incrementAndGet();
        log.info("fault: {} is back", target);
    }

    private ServiceProcess service(String name) {
        return stack.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** The fault injector's own pacing (a down time, the moment of the next fault), not a synchronisation. */
    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.demandflow.e2e.harness;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.events.CustomerNotice;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.events.SubmissionRejected;

/** What the harness read from the topics, indexed for the checks: records of other runs are skipped. */
final class Observations {

    static final List<String> TOPICS = List.of("demands", "demand-submission-rejections", "demand-secrecy-status",
            "customer-notices");

    private final String customerPrefix;
    final Map<String, Set<String>> demandsBySubmission = new ConcurrentHashMap<>();
    final Set<String> rejectedSubmissions = ConcurrentHashMap.newKeySet();
    final Map<String, Map<Integer, SecrecyStatusChanged>> statusesByDemand = new ConcurrentHashMap<>();
    final Map<String, List<CustomerNotice>> noticesByDemand = new ConcurrentHashMap<>();
    final AtomicLong republished = new AtomicLong();
    /** Where each status was read: "demandId/version" → its partition and offset on the topic. */
    final Map<String, long[]> statusPositions = new ConcurrentHashMap<>();

    Observations(String customerPrefix) {
        this.customerPrefix = customerPrefix;
    }

    void record(ConsumerRecord<String, Object> record) {
        Object value = record.value();
        if (value instanceof DemandReceived demand && ours(demand.getCustomerId())) {
            demandsBySubmission.computeIfAbsent(demand.getSubmissionId(), id -> ConcurrentHashMap.newKeySet())
                    .add(demand.getDemandId());
        } else if (value instanceof SubmissionRejected rejection) {
            rejectedSubmissions.add(rejection.getSubmissionId());
        } else if (value instanceof SecrecyStatusChanged status && ours(status.getCustomerId())) {
            SecrecyStatusChanged before = statusesByDemand
                    .computeIfAbsent(status.getDemandId(), id -> new ConcurrentHashMap<>())
                    .putIfAbsent(status.getVersion(), status);
            if (before != null) {
                republished.incrementAndGet();
            }
            statusPositions.putIfAbsent(status.getDemandId() + "/" + status.getVersion(),
                    new long[] {record.partition(), record.offset()});
        } else if (value instanceof CustomerNotice notice && ours(notice.getCustomerId())) {
            noticesByDemand.computeIfAbsent(notice.getDemandId(), id -> new CopyOnWriteArrayList<>()).add(notice);
        }
    }

    String demandIdOf(String submissionId) {
        Set<String> ids = demandsBySubmission.get(submissionId);
        return ids == null || ids.isEmpty() ? null : ids.iterator().next();
    }

    private boolean ours(String customerId) {
        return customerId.startsWith(customerPrefix);
    }
}

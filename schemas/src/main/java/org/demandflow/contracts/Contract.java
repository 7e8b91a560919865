package org.demandflow.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.avro.Schema;
import org.demandflow.events.AgencyLetter;
import org.demandflow.events.CustomerExecutives;
import org.demandflow.events.CustomerNotice;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandResponseChanged;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.SecrecyOrderChanged;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.events.SubmissionRejected;

/**
 * The topic contracts: each topic with the Avro schema of its values, registered
 * under TopicNameStrategy as {@code <topic>-value}. The first six are v1; {@code demand-responses},
 * {@code secrecy-orders} and {@code agency-letters} came with v2 (DESIGN.md "Added in v2").
 */
public enum Contract {

    DEMAND_SUBMISSIONS("demand-submissions", DemandSubmission.class, Retention.TRANSIT),
    DEMAND_SUBMISSION_REJECTIONS("demand-submission-rejections", SubmissionRejected.class, Retention.TRANSIT),
    DEMANDS("demands", DemandReceived.class, Retention.RECORD),
    DEMAND_SECRECY_STATUS("demand-secrecy-status", SecrecyStatusChanged.class, Retention.RECORD),
    CUSTOMER_EXECUTIVES("customer-executives", CustomerExecutives.class, Retention.COMPACTED),
    CUSTOMER_NOTICES("customer-notices", CustomerNotice.class, Retention.RECORD),
    DEMAND_RESPONSES("demand-responses", DemandResponseChanged.class, Retention.RECORD),
    SECRECY_ORDERS("secrecy-orders", SecrecyOrderChanged.class, Retention.RECORD),
    AGENCY_LETTERS("agency-letters", AgencyLetter.class, Retention.RECORD);

    private final String topic;
    private final Class<?> recordClass;
    private final Retention retention;

    Contract(String topic, Class<?> recordClass, Retention retention) {
        this.topic = topic;
        this.recordClass = recordClass;
        this.retention = retention;
    }

    public String topic() {
        return topic;
    }

    /** The subject under TopicNameStrategy. */
    public String subject() {
        return topic + "-value";
    }

    /** The generated class of the contract's values. */
    public Class<?> recordClass() {
        return recordClass;
    }

    /**
     * The schema exactly as its {@code .avsc} file states it, without the Java-only
     * properties that code generation adds: the form to register and to share.
     */
    public Schema schema() {
        String resource = "/avro/" + schemaName() + ".avsc";
        try (InputStream avsc = Contract.class.getResourceAsStream(resource)) {
            if (avsc == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new Schema.Parser().parse(avsc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean compacted() {
        return retention == Retention.COMPACTED;
    }

    /** How long the topic keeps its records. */
    public Retention retention() {
        return retention;
    }

    /** The topic-level settings the topic is created with: its cleanup policy and an explicit retention. */
    public Map<String, String> topicConfigs() {
        return retention.topicConfigs();
    }

    /** The name of the contract's {@code .avsc} file, which is also its record's simple name. */
    public String schemaName() {
        return recordClass.getSimpleName();
    }
}

package org.demandflow.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
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

    DEMAND_SUBMISSIONS(Topics.DEMAND_SUBMISSIONS, DemandSubmission.class, Retention.TRANSIT, "submissionId"),
    DEMAND_SUBMISSION_REJECTIONS(Topics.DEMAND_SUBMISSION_REJECTIONS, SubmissionRejected.class, Retention.TRANSIT,
            "submissionId"),
    DEMANDS(Topics.DEMANDS, DemandReceived.class, Retention.RECORD, "demandId"),
    DEMAND_SECRECY_STATUS(Topics.DEMAND_SECRECY_STATUS, SecrecyStatusChanged.class, Retention.RECORD, "demandId"),
    CUSTOMER_EXECUTIVES(Topics.CUSTOMER_EXECUTIVES, CustomerExecutives.class, Retention.COMPACTED, "customerId"),
    CUSTOMER_NOTICES(Topics.CUSTOMER_NOTICES, CustomerNotice.class, Retention.RECORD, "demandId"),
    DEMAND_RESPONSES(Topics.DEMAND_RESPONSES, DemandResponseChanged.class, Retention.RECORD, "demandId"),
    SECRECY_ORDERS(Topics.SECRECY_ORDERS, SecrecyOrderChanged.class, Retention.RECORD, "demandId"),
    AGENCY_LETTERS(Topics.AGENCY_LETTERS, AgencyLetter.class, Retention.RECORD, "demandId");

    private final String topic;
    private final Class<?> recordClass;
    private final Retention retention;
    private final String keyField;

    Contract(String topic, Class<?> recordClass, Retention retention, String keyField) {
        this.topic = topic;
        this.recordClass = recordClass;
        this.retention = retention;
        this.keyField = keyField;
    }

    public String topic() {
        return topic;
    }

    /** The subject under TopicNameStrategy. */
    public String subject() {
        return topic + "-value";
    }

    /**
     * The field of the value whose text is the record's key (keys are UTF-8 strings): {@code submissionId} on the
     * submissions and their rejections, {@code customerId} on the executive directory, {@code demandId} elsewhere.
     */
    public String keyField() {
        return keyField;
    }

    /** The key a record of this contract is published with: its {@link #keyField()}'s value as text. */
    public String keyOf(SpecificRecord value) {
        if (!recordClass.isInstance(value)) {
            throw new IllegalArgumentException(topic + " takes " + schemaName() + ", not " + value.getClass().getName());
        }
        Object key = value.get(value.getSchema().getField(keyField).pos());
        return key == null ? null : key.toString();
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

package org.demandflow.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    DEMAND_SUBMISSIONS("demand-submissions", DemandSubmission.class, false),
    DEMAND_SUBMISSION_REJECTIONS("demand-submission-rejections", SubmissionRejected.class, false),
    DEMANDS("demands", DemandReceived.class, false),
    DEMAND_SECRECY_STATUS("demand-secrecy-status", SecrecyStatusChanged.class, false),
    CUSTOMER_EXECUTIVES("customer-executives", CustomerExecutives.class, true),
    CUSTOMER_NOTICES("customer-notices", CustomerNotice.class, false),
    DEMAND_RESPONSES("demand-responses", DemandResponseChanged.class, false),
    SECRECY_ORDERS("secrecy-orders", SecrecyOrderChanged.class, false),
    AGENCY_LETTERS("agency-letters", AgencyLetter.class, false);

    private final String topic;
    private final Class<?> recordClass;
    private final boolean compacted;

    Contract(String topic, Class<?> recordClass, boolean compacted) {
        this.topic = topic;
        this.recordClass = recordClass;
        this.compacted = compacted;
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
        return compacted;
    }

    /** The name of the contract's {@code .avsc} file, which is also its record's simple name. */
    public String schemaName() {
        return recordClass.getSimpleName();
    }
}

package org.demandflow.support.kafka;

import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/**
 * Spring Kafka's {@link ErrorHandlingDeserializer} that also keeps each record's original value
 * bytes in a header, so a record dead-lettered after it was decoded (its handling failed) still
 * goes to the dead-letter topic byte for byte as it came. Configure it as the binding's
 * {@code value.deserializer}, with the real one as {@code spring.deserializer.value.delegate.class}.
 */
public class OriginalBytesDeserializer extends ErrorHandlingDeserializer<Object> {

    /** The header that holds the original value; it is dropped again before the dead letter is sent. */
    public static final String ORIGINAL_VALUE_HEADER = "demandflow_original_value";

    @Override
    public Object deserialize(String topic, Headers headers, byte[] data) {
        if (data != null) {
            headers.add(ORIGINAL_VALUE_HEADER, data);
        }
        return super.deserialize(topic, headers, data);
    }
}

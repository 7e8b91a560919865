package org.demandflow.serde;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** Confluent's framing: magic byte 0, the schema id as 4 bytes big-endian, then the Avro binary body. */
final class WireFormat {

    static final byte MAGIC_BYTE = 0;
    static final int HEADER_LENGTH = 5;

    private WireFormat() {
    }

    /** A buffer that already holds the header for the schema id; the body is written after it. */
    static ByteArrayOutputStream startFrame(int schemaId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        out.writeBytes(ByteBuffer.allocate(HEADER_LENGTH).put(MAGIC_BYTE).putInt(schemaId).array());
        return out;
    }

    /** The schema id of a framed record, after checking its length and magic byte. */
    static int schemaId(String source, byte[] record) {
        if (record.length < HEADER_LENGTH) {
            throw new AvroSerdeException(source + ": record of " + record.length
                    + " bytes is shorter than the 5-byte Confluent header (magic byte + schema id)");
        }
        if (record[0] != MAGIC_BYTE) {
            throw new AvroSerdeException(String.format(
                    "%s: unknown magic byte 0x%02x (expected 0x00): not in the Confluent Avro wire format",
                    source, record[0]));
        }
        return ByteBuffer.wrap(record, 1, 4).getInt();
    }
}

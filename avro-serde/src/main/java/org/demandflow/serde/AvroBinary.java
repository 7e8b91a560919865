package org.demandflow.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;

/** Avro binary bodies, written and read with Avro's own datum writers and readers. */
final class AvroBinary {

    private AvroBinary() {
    }

    /** Appends the value's Avro binary encoding under the writer schema. */
    static void write(Object value, Schema writer, ByteArrayOutputStream out) throws IOException {
        Object datum = value instanceof byte[] bytes ? ByteBuffer.wrap(bytes) : value;
        GenericData model = value instanceof SpecificRecord ? SpecificData.getForClass(value.getClass())
                : GenericData.get();
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        model.createDatumWriter(writer).write(datum, encoder);
        encoder.flush();
    }

    /** A reader into generic records (strings as {@code Utf8}, as Confluent's generic reader). */
    static DatumReader<Object> genericReader(Schema writer) {
        return new GenericDatumReader<>(writer, writer, GenericData.get());
    }

    /** A reader that resolves the writer schema into the generated class's own schema. */
    static DatumReader<Object> specificReader(Schema writer, Class<?> generated) {
        SpecificData model = SpecificData.getForClass(generated);
        return new SpecificDatumReader<>(writer, model.getSchema(generated), model);
    }

    /** Reads one datum from the body that starts at the offset and must fill the rest of the record. */
    static Object read(byte[] record, int offset, DatumReader<Object> reader) throws IOException {
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(record, offset, record.length - offset, null);
        Object datum = reader.read(null, decoder);
        if (!decoder.isEnd()) {
            throw new AvroSerdeException("bytes left over after the Avro body: the record does not match its schema");
        }
        return datum;
    }
}

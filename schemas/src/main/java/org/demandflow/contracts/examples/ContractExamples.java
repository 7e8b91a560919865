package org.demandflow.contracts.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.demandflow.contracts.Contract;

/**
 * An example value of every contract, as files in this artifact ({@code /examples/<Name>.json} and
 * {@code /examples/<Name>.confluent.hex}): the value in Avro's JSON encoding (what Confluent's
 * {@code kafka-avro-console-producer} reads) and the same value as golden bytes in the Confluent wire format (magic
 * byte 0, the 4-byte big-endian schema id {@value #SCHEMA_ID}, the Avro binary body). The schemas module's tests
 * write them from the contracts and check them on every build, so they cannot drift from the {@code .avsc} files.
 */
public final class ContractExamples {

    /** The schema id the golden bytes carry; a registry assigns its own, so a real record differs in bytes 1 to 4. */
    public static final int SCHEMA_ID = 1;

    private ContractExamples() {
    }

    /** The example value in Avro's JSON encoding. */
    public static String json(Contract contract) {
        return new String(read(contract, ".json"), StandardCharsets.UTF_8);
    }

    /** The example value as the generated class, read from its JSON. */
    @SuppressWarnings("unchecked")
    public static <T extends SpecificRecord> T record(Contract contract) {
        try {
            SpecificDatumReader<T> reader = new SpecificDatumReader<>((Class<T>) contract.recordClass());
            return reader.read(null, DecoderFactory.get().jsonDecoder(contract.schema(), json(contract)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example value in the Confluent wire format, with schema id {@value #SCHEMA_ID}. */
    public static byte[] wireBytes(Contract contract) {
        String hex = new String(read(contract, ".confluent.hex"), StandardCharsets.US_ASCII);
        return HexFormat.of().parseHex(hex.replaceAll("\\s", ""));
    }

    /** The resource path of an example file. */
    public static String resource(Contract contract, String suffix) {
        return "/examples/" + contract.schemaName() + suffix;
    }

    private static byte[] read(Contract contract, String suffix) {
        String resource = resource(contract, suffix);
        try (InputStream in = ContractExamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

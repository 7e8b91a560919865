package org.demandflow.contracts.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.io.JsonEncoder;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.demandflow.contracts.Contract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The example files of every contract are what the contract makes of {@link ExampleRecords}: the JSON and the golden
 * Confluent-wire bytes. After a deliberate change of a contract or an example, write them anew with
 * {@code ./mvnw -B -o verify -pl schemas -Dtest=ContractExamplesTest -Dcontracts.examples.write=true} and review the
 * diff; otherwise any difference fails the build.
 */
class ContractExamplesTest {

    private static final Path FOLDER = Path.of("src/main/resources/examples");
    private static final boolean WRITE = Boolean.getBoolean("contracts.examples.write");

    @ParameterizedTest
    @EnumSource(Contract.class)
    void the_json_example_is_the_contracts_json_encoding_of_the_example(Contract contract) throws IOException {
        String expected = json(contract, ExampleRecords.of(contract));

        assertThat(golden(contract, ".json", expected)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void the_golden_bytes_are_the_confluent_wire_format_of_the_example(Contract contract) throws IOException {
        String expected = hex(wire(ExampleRecords.of(contract)));

        assertThat(golden(contract, ".confluent.hex", expected)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void the_published_examples_read_back_as_the_example_record(Contract contract) throws IOException {
        SpecificRecord example = ExampleRecords.of(contract);
        byte[] wire = ContractExamples.wireBytes(contract);

        assertThat((Object) ContractExamples.record(contract)).isEqualTo(example);
        assertThat(wire[0]).isZero();
        assertThat(ByteBuffer.wrap(wire, 1, 4).getInt()).isEqualTo(ContractExamples.SCHEMA_ID);
        assertThat((Object) new SpecificDatumReader<>(contract.recordClass())
                .read(null, DecoderFactory.get().binaryDecoder(Arrays.copyOfRange(wire, 5, wire.length), null)))
                .isEqualTo(example);
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void the_key_of_the_example_is_its_key_field(Contract contract) {
        SpecificRecord example = ExampleRecords.of(contract);

        assertThat(contract.keyOf(example))
                .isEqualTo(example.get(example.getSchema().getField(contract.keyField()).pos()).toString())
                .isNotBlank();
    }

    private static String golden(Contract contract, String suffix, String expected) throws IOException {
        Path file = FOLDER.resolve(contract.schemaName() + suffix);
        if (WRITE) {
            Files.createDirectories(FOLDER);
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(file).as("%s is missing: run with -Dcontracts.examples.write=true once", file).exists();
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String json(Contract contract, SpecificRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonEncoder encoder = EncoderFactory.get().jsonEncoder(record.getSchema(), out, true);
        new SpecificDatumWriter<SpecificRecord>(record.getSchema()).write(record, encoder);
        encoder.flush();
        return out.toString(StandardCharsets.UTF_8) + "\n";
    }

    /** Magic byte 0, the schema id big-endian, the Avro binary body: what a Confluent serializer writes. */
    private static byte[] wire(SpecificRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(ByteBuffer.allocate(4).putInt(ContractExamples.SCHEMA_ID).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<SpecificRecord>(record.getSchema()).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < bytes.length; i += 32) {
            lines.append(HexFormat.of().formatHex(bytes, i, Math.min(bytes.length, i + 32))).append('\n');
        }
        return lines.toString();
    }
}

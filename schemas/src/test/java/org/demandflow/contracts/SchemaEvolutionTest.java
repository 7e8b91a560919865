package org.demandflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Every contract stays BACKWARD compatible with each of its released versions, so a
 * breaking change fails the build. Released versions live in {@code src/main/released/<Name>/vN.avsc}.
 */
class SchemaEvolutionTest {

    private static final Path RELEASED = Path.of("src/main/released");

    @ParameterizedTest
    @EnumSource(Contract.class)
    void the_current_schema_reads_data_written_with_every_released_version(Contract contract) throws IOException {
        List<Path> releases = releasesOf(contract.schemaName());

        assertThat(releases).as("released versions of %s", contract.schemaName()).isNotEmpty();
        for (Path release : releases) {
            Schema writer = new Schema.Parser().parse(release.toFile());
            assertThat(compatibility(contract.schema(), writer))
                    .as("%s reads data written with %s", contract.schemaName(), release)
                    .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        }
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void the_avsc_file_is_the_schema_the_classes_were_generated_from(Contract contract) throws ReflectiveOperationException {
        Schema generated = (Schema) contract.recordClass().getField("SCHEMA$").get(null);

        assertThat(SchemaNormalization.toParsingForm(generated))
                .isEqualTo(SchemaNormalization.toParsingForm(contract.schema()));
    }

    @Test
    void a_customer_notice_written_with_v1_reads_as_a_demand_notice() throws IOException {
        Schema v1 = new Schema.Parser().parse(RELEASED.resolve("CustomerNotice/v1.avsc").toFile());
        GenericRecord written = new GenericData.Record(v1);
        written.put("noticeId", "n-1");
        written.put("demandId", "d-1");
        written.put("customerId", "contoso");
        written.put("recipientEmail", "legal@contoso.example");
        written.put("scope", new GenericData.EnumSymbol(v1.getField("scope").schema(), "ALL_CONTACTS"));
        written.put("statusVersion", 2);
        written.put("outcome", new GenericData.EnumSymbol(v1.getField("outcome").schema(), "SENT"));
        written.put("occurredAt", 1_700_000_000_000L);

        GenericRecord read = readWith(Contract.CUSTOMER_NOTICES.schema(), v1, written);

        assertThat(read.get("kind")).hasToString("DEMAND");
        assertThat(read.get("statusVersion")).isEqualTo(2);
    }

    @Test
    void a_new_required_field_without_default_is_refused_by_the_check() {
        Schema old = SchemaTestData.record("{\"name\":\"a\",\"type\":\"string\"}");
        Schema breaking = SchemaTestData.record(
                "{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"string\"}");

        assertThat(compatibility(breaking, old)).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    @Test
    void a_new_field_with_a_default_passes_the_check() {
        Schema old = SchemaTestData.record("{\"name\":\"a\",\"type\":\"string\"}");
        Schema evolved = SchemaTestData.record(
                "{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":[\"null\",\"string\"],\"default\":null}");

        assertThat(compatibility(evolved, old)).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    private static SchemaCompatibilityType compatibility(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType();
    }

    private static GenericRecord readWith(Schema reader, Schema writer, GenericRecord written) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new GenericDatumWriter<GenericRecord>(writer).write(written, encoder);
        encoder.flush();
        return new GenericDatumReader<GenericRecord>(writer, reader)
                .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    }

    private static List<Path> releasesOf(String name) throws IOException {
        Path folder = RELEASED.resolve(name);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".avsc")).sorted().toList();
        }
    }

    /** Small records for checking the check itself. */
    private static final class SchemaTestData {
        static Schema record(String fields) {
            return new Schema.Parser().parse(
                    "{\"type\":\"record\",\"name\":\"R\",\"namespace\":\"t\",\"fields\":[" + fields + "]}");
        }
    }
}

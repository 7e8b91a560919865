package org.demandflow.registry.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.demandflow.contracts.Contract;
import org.demandflow.events.DemandReceived;
import org.demandflow.registry.EmbeddedSchemaRegistry;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.demandflow.serde.ConfluentAvroSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bytes the project's serializer writes, read back by the project's deserializer, and left in
 * {@code target/interop} (the registry's data directory and the records as hex) so that
 * {@code src/test/interop/project-bytes.js} can read them with Confluent's own deserializer.
 */
class ProjectBytesForInteropTest {

    private static final Path OUT = Path.of("target", "interop");

    @Test
    void a_contract_record_written_by_the_project_serde_reads_back_and_is_kept_for_confluents_client() throws Exception {
        DemandReceived demand = Events.demand("d-interop");
        Map<String, Object> config = Map.of("auto.register.schemas", true, "avro.remove.java.properties", true,
                "specific.avro.reader", true);
        try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(OUT.resolve("registry"));
             ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();
             ConfluentAvroDeserializer deserializer = new ConfluentAvroDeserializer()) {
            Map<String, Object> withUrl = new LinkedHashMap<>(config);
            withUrl.put("schema.registry.url", registry.url());
            serializer.configure(withUrl, false);
            deserializer.configure(withUrl, false);
            byte[] bytes = serializer.serialize(Contract.DEMANDS.topic(), demand);

            assertThat(deserializer.deserialize(Contract.DEMANDS.topic(), bytes)).isEqualTo(demand);
            Files.writeString(OUT.resolve("records.json"), JsonMapper.builder().build().writeValueAsString(Map.of(
                    "topic", Contract.DEMANDS.topic(),
                    "hex", HexFormat.of().formatHex(bytes),
                    "expected", Map.of("demandId", demand.getDemandId(), "customerId", demand.getCustomerId(),
                            "demandType", demand.getDemandType().name(), "agency", demand.getIssuingAuthority().getAgency(),
                            "receivedAtMillis", demand.getReceivedAt().toEpochMilli()))));
        }
    }
}

package org.demandflow.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Map;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.examples.ContractExamples;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.demandflow.serde.registry.StubRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contracts artifact's golden bytes are what this serializer (checked against Confluent's own bytes in
 * {@link GoldenBytesTest}) writes for the example value, when the registry gives the schema id 1, and they read back
 * as the example.
 */
class ContractGoldenBytesTest {

    private final StubRegistry registry = StubRegistry.start();
    private final SchemaRegistryClient client = new SchemaRegistryClient(registry.url());

    @AfterEach
    void stop() {
        registry.close();
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void the_serializer_writes_the_golden_bytes_of_the_example(Contract contract) {
        byte[] written = new ConfluentAvroSerializer(client, Map.of())
                .serialize(contract.topic(), ContractExamples.record(contract));

        assertThat(HexFormat.of().formatHex(written))
                .isEqualTo(HexFormat.of().formatHex(ContractExamples.wireBytes(contract)));
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void the_golden_bytes_read_back_as_the_example(Contract contract) {
        client.register(contract.subject(), contract.schema());

        Object read = new ConfluentAvroDeserializer(client, Map.of(SerdeConfig.SPECIFIC_READER, true))
                .deserialize(contract.topic(), ContractExamples.wireBytes(contract));

        assertThat(read).isEqualTo(ContractExamples.record(contract));
    }
}

package org.demandflow.review.cases.messaging;

import java.util.Set;
import org.demandflow.contracts.Contract;
import org.demandflow.review.cases.OrderChanged;
import org.demandflow.review.cases.StatusChanged;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.review.cases.application.StatusSigningProperties;
import org.demandflow.review.response.ResponseChanged;
import org.demandflow.support.signing.OutboundSigning;
import org.demandflow.support.signing.RecordSigner;
import org.demandflow.support.signing.SigningKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * The Kafka side (the consumer of {@code demands} is {@link CaseOpeningConsumer}):
 * every {@link ResponseChanged} leaves through the outbox as an unsigned {@code DemandResponseChanged} on
 * {@code demand-responses} keyed by its demand; every {@link StatusChanged} leaves through
 * service-support's outbox as a {@code SecrecyStatusChanged} keyed by its demand, signed (Ed25519 over the key
 * and the Avro body, headers {@code demandflow-signature} and {@code demandflow-signing-key}) by service-support's
 * {@code avroKafkaTemplate} serializer, in the transaction of the change, with the configured
 * {@link StatusSigningProperties key} — first publications and the
 * operator's re-publications alike, since both leave through the outbox. Every {@link OrderChanged} leaves the same
 * way as a {@code SecrecyOrderChanged} on {@code secrecy-orders}, keyed by its demand and not signed (only statuses
 * open the gate).
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    /** The domain events that leave through the outbox. */
    private static final Set<Class<?>> EXTERNALIZED = Set.of(StatusChanged.class, OrderChanged.class,
            ResponseChanged.class);

    @Bean
    OutboundSigning statusSigning(StatusSigningProperties signing) {
        RecordSigner signer = new RecordSigner(signing.keyId(),
                SigningKeys.privateKey(signing.privateKey(), "demandflow.review.status-signing.private-key"));
        return new OutboundSigning(signer, Contract.DEMAND_SECRECY_STATUS.topic(),
                value -> value instanceof SecrecyStatusChanged status ? status.getDemandId() : null);
    }

    @Bean
    EventExternalizationConfiguration statusExternalization() {
        String topic = Contract.DEMAND_SECRECY_STATUS.topic();
        return EventExternalizationConfiguration.externalizing()
                .selectByType(EXTERNALIZED::contains)
                .mapping(StatusChanged.class, StatusMapper::toAvro)
                .route(StatusChanged.class, change -> RoutingTarget.forTarget(topic).andKey(change.demandId()))
                .mapping(OrderChanged.class, OrderMapper::toAvro)
                .route(OrderChanged.class, change -> RoutingTarget.forTarget(Contract.SECRECY_ORDERS.topic())
                        .andKey(change.demandId()))
                .mapping(ResponseChanged.class, ResponseMapper::toAvro)
                .route(ResponseChanged.class, change -> RoutingTarget.forTarget(Contract.DEMAND_RESPONSES.topic())
                        .andKey(change.demandId()))
                .build();
    }
}

package org.demandflow.notification.gate.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.contracts.Contract;
import org.demandflow.notification.gate.application.GateKeeper;
import org.demandflow.notification.gate.application.IntegrityGuard;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.kafka.DeadLetterListener;
import org.springframework.stereotype.Component;

/**
 * Unknown or undecodable input never opens the gate: a status record that is dead-lettered closes the
 * gate on the demand it is keyed by before it goes to the dead-letter topic; one without a key names no
 * demand and raises the integrity alert ({@code kind=UNREADABLE_WITHOUT_KEY}).
 */
@Component
class UnreadableStatusGuard implements DeadLetterListener {

    private final GateKeeper gateKeeper;
    private final IntegrityGuard integrity;

    UnreadableStatusGuard(GateKeeper gateKeeper, IntegrityGuard integrity) {
        this.gateKeeper = gateKeeper;
        this.integrity = integrity;
    }

    @Override
    public void deadLettered(ConsumerRecord<?, ?> record, Exception failure) {
        if (!Contract.DEMAND_SECRECY_STATUS.topic().equals(record.topic())) {
            return;
        }
        if (record.key() == null) {
            integrity.unreadableWithoutKey(record.partition(), record.offset());
        } else {
            demandId(record.key()).ifPresent(gateKeeper::closeAfterUnreadable);
        }
    }

    /** The demand a key names; a key that is no demand id names no demand with a status to close. */
    private static Optional<DemandId> demandId(Object key) {
        String text = key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : key.toString();
        try {
            return Optional.of(DemandId.parse(text));
        } catch (IllegalArgumentException notADemandId) {
            return Optional.empty();
        }
    }
}

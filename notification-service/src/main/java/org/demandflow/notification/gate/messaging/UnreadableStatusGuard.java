package org.demandflow.notification.gate.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.contracts.Contract;
import org.demandflow.notification.gate.application.GateKeeper;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.kafka.DeadLetterListener;
import org.springframework.stereotype.Component;

/**
 * Unknown or undecodable input never opens the gate: a status record that is dead-lettered
 * closes the gate on the demand it is keyed by before it goes to the dead-letter topic.
 */
@Component
class UnreadableStatusGuard implements DeadLetterListener {

    private final GateKeeper gateKeeper;

    UnreadableStatusGuard(GateKeeper gateKeeper) {
        this.gateKeeper = gateKeeper;
    }

    @Override
    public void deadLettered(ConsumerRecord<?, ?> record, Exception failure) {
        if (Contract.DEMAND_SECRECY_STATUS.topic().equals(record.topic()) && record.key() != null) {
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

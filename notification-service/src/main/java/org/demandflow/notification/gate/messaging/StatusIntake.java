package org.demandflow.notification.gate.messaging;

import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.notification.gate.app.GateKeeper;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/** Hands each {@code SecrecyStatusChanged} to the gate keeper; anything else is refused (and dead-lettered). */
@Component
public class StatusIntake {

    private final GateKeeper gateKeeper;

    public StatusIntake(GateKeeper gateKeeper) {
        this.gateKeeper = gateKeeper;
    }

    public void accept(Message<?> message) {
        if (!(message.getPayload() instanceof SecrecyStatusChanged status)) {
            throw new IllegalArgumentException("not a SecrecyStatusChanged: "
                    + message.getPayload().getClass().getName());
        }
        gateKeeper.apply(StatusMapper.toDomain(status));
    }
}

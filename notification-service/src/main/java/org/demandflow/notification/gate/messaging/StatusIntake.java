package org.demandflow.notification.gate.messaging;

import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.notification.gate.app.GateKeeper;
import org.demandflow.notification.messaging.inbound.Inbound;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/** Hands each {@code SecrecyStatusChanged} to the gate keeper; anything else is dead-lettered unretried. */
@Component
public class StatusIntake {

    private final GateKeeper gateKeeper;

    public StatusIntake(GateKeeper gateKeeper) {
        this.gateKeeper = gateKeeper;
    }

    public void accept(Message<?> message) {
        gateKeeper.apply(Inbound.convert(message, SecrecyStatusChanged.class, StatusMapper::toDomain));
    }
}

package org.demandflow.transparency.facts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A demand as the facts dated at or before a cut-off describe it.
 *
 * @param status            the latest status version at the cut-off, null if it had none
 * @param disposition       how its response had closed by then, null if it had not
 * @param accountsSpecified the latest response's count of accounts, else the demand's own
 * @param firstNoticeSentAt the first SENT customer notice at or before the cut-off, null if none
 * @param orders            its secrecy orders, each as its latest version at the cut-off left it
 */
public record DemandAtCutOff(DemandFiled demand, SecrecyStatus status, Disposition disposition,
                             int accountsSpecified, Instant firstNoticeSentAt, List<OrderAtCutOff> orders) {

    public DemandAtCutOff {
        Objects.requireNonNull(demand, "demand");
        orders = List.copyOf(orders);
    }

    /**
     * A national security demand (DESIGN.md): a national security letter, or a demand with an order of authority
     * {@code NSL_2709}.
     */
    public boolean nationalSecurity() {
        return demand.type() == DemandType.NATIONAL_SECURITY_LETTER
                || orders.stream().anyMatch(OrderAtCutOff::nationalSecurity);
    }

    public Optional<SecrecyStatus> statusAtCutOff() {
        return Optional.ofNullable(status);
    }

    public Optional<Instant> noticeSent() {
        return Optional.ofNullable(firstNoticeSentAt);
    }

    public boolean anyOrderInForceAt(Instant cutOff) {
        return orders.stream().anyMatch(order -> order.inForceAt(cutOff));
    }
}

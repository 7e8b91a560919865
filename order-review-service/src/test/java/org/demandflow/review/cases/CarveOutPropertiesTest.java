package org.demandflow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.review.cases.Cases.days;
import static org.demandflow.review.cases.Cases.executiveOnly;
import static org.demandflow.review.cases.Cases.full;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Safety rule 4 over random sets of active carve-out orders: EXECUTIVE_ONLY permits exactly the
 * executives that EVERY order names (an order forbids telling anyone it does not name), and nobody
 * in common means RESTRICTED. Addresses come from a small pool in random letter case, so orders overlap.
 */
class CarveOutPropertiesTest {

    private static final List<String> POOL = List.of("ceo@contoso.com", "coo@contoso.com", "cfo@contoso.com",
            "ciso@contoso.com", "gc@contoso.com");

    @Property
    void the_permitted_recipients_are_exactly_those_every_order_names(@ForAll("carveOuts") List<List<String>> orders) {
        StatusView view = StatusDerivation.derive(true, active(orders));

        Set<String> common = intersection(orders);
        if (common.isEmpty()) {
            assertThat(view.status()).isEqualTo(SecrecyStatus.RESTRICTED);
            assertThat(view.permittedRecipients()).isEmpty();
        } else {
            assertThat(view.status()).isEqualTo(SecrecyStatus.EXECUTIVE_ONLY);
            assertThat(view.permittedRecipients()).containsExactlyInAnyOrderElementsOf(common);
        }
    }

    @Property
    void one_more_carve_out_never_permits_anyone_new(@ForAll("carveOuts") List<List<String>> orders,
            @ForAll("recipients") List<String> another) {
        List<List<String>> more = new ArrayList<>(orders);
        more.add(another);

        List<String> before = StatusDerivation.derive(true, active(orders)).permittedRecipients();
        List<String> after = StatusDerivation.derive(true, active(more)).permittedRecipients();

        assertThat(before).containsAll(after);
    }

    @Property
    void a_full_order_beside_any_carve_outs_permits_nobody(@ForAll("carveOuts") List<List<String>> orders) {
        List<SecrecyOrder> withFull = new ArrayList<>(active(orders));
        withFull.add(SecrecyOrder.recorded("full", full(days(9))));

        StatusView view = StatusDerivation.derive(true, withFull);

        assertThat(view.status()).isEqualTo(SecrecyStatus.RESTRICTED);
        assertThat(view.permittedRecipients()).isEmpty();
    }

    @Provide
    Arbitrary<List<List<String>>> carveOuts() {
        return recipients().list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<String>> recipients() {
        Arbitrary<String> address = Arbitraries.of(POOL).flatMap(email -> Arbitraries.of(
                email, email.toUpperCase(Locale.ROOT), " " + email + " "));
        return address.list().ofMinSize(1).ofMaxSize(4);
    }

    private static List<SecrecyOrder> active(List<List<String>> orders) {
        List<SecrecyOrder> active = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            active.add(SecrecyOrder.recorded("order-" + i, executiveOnly(days(9), orders.get(i).toArray(String[]::new))));
        }
        return active;
    }

    private static Set<String> intersection(List<List<String>> orders) {
        Set<String> common = normalised(orders.get(0));
        orders.forEach(order -> common.retainAll(normalised(order)));
        return common;
    }

    private static Set<String> normalised(List<String> addresses) {
        Set<String> set = new HashSet<>();
        addresses.forEach(address -> set.add(address.trim().toLowerCase(Locale.ROOT)));
        return set;
    }
}

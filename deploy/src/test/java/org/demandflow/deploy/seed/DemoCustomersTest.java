package org.demandflow.deploy.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.demandflow.events.CustomerExecutives;
import org.demandflow.events.Executive;
import org.junit.jupiter.api.Test;

class DemoCustomersTest {

    @Test
    void contoso_and_fabrikam_each_have_one_executive_approved_for_carve_outs_and_one_not() {
        assertThat(DemoCustomers.all(Instant.EPOCH))
                .extracting(CustomerExecutives::getCustomerId)
                .containsExactly("contoso", "fabrikam");
        assertThat(DemoCustomers.all(Instant.EPOCH)).allSatisfy(customer -> assertThat(customer.getExecutives())
                .extracting(Executive::getSecrecyCarveOutApproved)
                .containsExactlyInAnyOrder(true, false));
    }
}

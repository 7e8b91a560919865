package org.demandflow.transparency;

import org.demandflow.testsupport.architecture.Modules;
import org.junit.jupiter.api.Test;

/**
 * The capabilities are Spring Modulith modules without cycles or reaches into another's internals;
 * their documentation goes to {@code target/spring-modulith-docs}.
 */
class ModulesTest {

    @Test
    void the_capabilities_depend_on_each_other_only_through_their_domain_and_without_cycles() {
        Modules.verify(TransparencyApplication.class);
    }
}

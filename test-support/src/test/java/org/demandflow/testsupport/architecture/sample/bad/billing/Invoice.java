package org.demandflow.testsupport.architecture.sample.bad.billing;

import org.demandflow.events.CustomerExecutives;
import org.demandflow.testsupport.architecture.sample.bad.billing.web.InvoicesController;
import org.springframework.stereotype.Component;

/** A domain type that uses Spring, Avro and its own adapter. */
@Component
public class Invoice {

    CustomerExecutives avro;
    InvoicesController controller;
}

package org.demandflow.testsupport.architecture.sample.bad.billing.web;

import org.demandflow.testsupport.architecture.sample.bad.billing.Invoice;
import org.demandflow.testsupport.architecture.sample.bad.shipping.web.ShipmentsController;
import org.springframework.web.bind.annotation.GetMapping;

/** An adapter that calls another capability's adapter (and closes a cycle with its domain); a handler anyone may call. */
public class InvoicesController {

    ShipmentsController shipments;
    Invoice invoice;

    @GetMapping("/invoices")
    public Invoice unguardedList() {
        return invoice;
    }
}

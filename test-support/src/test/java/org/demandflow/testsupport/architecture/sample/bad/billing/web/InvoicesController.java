package org.demandflow.testsupport.architecture.sample.bad.billing.web;

import org.demandflow.testsupport.architecture.sample.bad.billing.Invoice;
import org.demandflow.testsupport.architecture.sample.bad.shipping.web.ShipmentsController;

/** An adapter that calls another capability's adapter (and closes a cycle with its domain). */
public class InvoicesController {

    ShipmentsController shipments;
    Invoice invoice;
}

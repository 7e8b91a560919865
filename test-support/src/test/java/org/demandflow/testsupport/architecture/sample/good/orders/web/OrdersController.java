package org.demandflow.testsupport.architecture.sample.good.orders.web;

import org.demandflow.testsupport.architecture.sample.good.orders.Order;
import org.demandflow.testsupport.architecture.sample.good.orders.application.Ordering;

/** An adapter calling its own capability's application layer. */
public class OrdersController {

    private final Ordering ordering = new Ordering();

    public Order post(String id) {
        return ordering.place(id);
    }
}

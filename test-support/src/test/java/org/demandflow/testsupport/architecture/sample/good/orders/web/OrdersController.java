package org.demandflow.testsupport.architecture.sample.good.orders.web;

import org.demandflow.testsupport.architecture.sample.good.orders.Order;
import org.demandflow.testsupport.architecture.sample.good.orders.application.Ordering;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** An adapter calling its own capability's application layer; each handler checks a role. */
@PreAuthorize("hasRole('CLERK')")
public class OrdersController {

    private final Ordering ordering = new Ordering();

    @PostMapping("/orders")
    public Order post(String id) {
        return ordering.place(id);
    }

    @GetMapping("/orders/{id}")
    @PreAuthorize("hasRole('AUDITOR')")
    public Order get(String id) {
        return ordering.place(id);
    }
}

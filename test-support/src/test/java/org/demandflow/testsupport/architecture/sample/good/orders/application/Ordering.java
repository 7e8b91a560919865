package org.demandflow.testsupport.architecture.sample.good.orders.application;

import org.demandflow.testsupport.architecture.sample.good.orders.Order;
import org.springframework.stereotype.Service;

/** A use case: Spring is fine here. */
@Service
public class Ordering {

    public Order place(String id) {
        return new Order(id);
    }
}

package org.demandflow.notification.directory;

import java.util.Optional;

/** The stored executive directories, one per customer; the latest entry wins. */
public interface CustomerDirectories {

    Optional<CustomerDirectory> find(String customerId);

    /** Stores the directory, replacing the customer's earlier one. */
    void replace(CustomerDirectory directory);

    /** Forgets the customer (a tombstone on the compacted topic). */
    void remove(String customerId);
}

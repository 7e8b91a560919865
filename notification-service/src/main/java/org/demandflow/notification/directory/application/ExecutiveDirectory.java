package org.demandflow.notification.directory.application;

import java.util.Optional;
import org.demandflow.notification.directory.CustomerDirectories;
import org.demandflow.notification.directory.CustomerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Keeps each customer's latest executive directory, as the CRM publishes it. */
@Service
public class ExecutiveDirectory {

    private static final Logger log = LoggerFactory.getLogger(ExecutiveDirectory.class);

    private final CustomerDirectories directories;

    public ExecutiveDirectory(CustomerDirectories directories) {
        this.directories = directories;
    }

    public Optional<CustomerDirectory> of(String customerId) {
        return directories.find(customerId);
    }

    /** Replaces the customer's earlier directory. */
    public void replace(CustomerDirectory directory) {
        directories.replace(directory);
        log.info("Directory replaced customerId={} executives={}", directory.customerId(),
                directory.executives().size());
    }

    /** Forgets the customer. */
    public void remove(String customerId) {
        directories.remove(customerId);
        log.info("Directory removed customerId={} (tombstone)", customerId);
    }
}

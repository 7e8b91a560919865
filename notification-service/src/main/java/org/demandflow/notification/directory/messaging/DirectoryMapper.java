package org.demandflow.notification.directory.messaging;

import org.demandflow.events.CustomerExecutives;
import org.demandflow.notification.directory.CustomerDirectory;
import org.demandflow.notification.directory.Executive;

/** Turns the Avro {@code CustomerExecutives} into the domain's directory. */
final class DirectoryMapper {

    private DirectoryMapper() {
    }

    static CustomerDirectory toDomain(CustomerExecutives record) {
        return new CustomerDirectory(record.getCustomerId(), record.getExecutives().stream()
                .map(executive -> new Executive(executive.getName(), executive.getTitle(), executive.getEmail(),
                        executive.getLegalNoticeContact(), executive.getSecrecyCarveOutApproved()))
                .toList(), record.getUpdatedAt());
    }
}

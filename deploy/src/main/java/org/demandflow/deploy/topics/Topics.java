package org.demandflow.deploy.topics;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the topics of a plan that do not exist yet; existing topics are left as they are. */
public final class Topics {

    private static final Logger log = LoggerFactory.getLogger(Topics.class);

    private final Admin admin;

    public Topics(Admin admin) {
        this.admin = admin;
    }

    /**
     * Creates the missing topics of {@code plan}.
     *
     * @return the names of the topics created now
     */
    public List<String> ensure(List<TopicSpec> plan) throws InterruptedException, ExecutionException {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = plan.stream()
                .filter(spec -> !existing.contains(spec.name()))
                .map(TopicSpec::toNewTopic)
                .toList();
        if (!missing.isEmpty()) {
            admin.createTopics(missing).all().get();
        }
        List<String> created = missing.stream().map(NewTopic::name).toList();
        log.info("topics: {} created {}, {} already there", created.size(), created, plan.size() - created.size());
        return created;
    }
}

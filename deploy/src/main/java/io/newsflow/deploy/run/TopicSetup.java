package io.newsflow.deploy.run;

import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicProvisioner;
import io.newsflow.schemas.topics.Topics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.serialization.Serdes;

/** Creates newsflow's topics (and any extra ones, such as subscriptions' own topics) that do not exist yet. */
public final class TopicSetup {
    private TopicSetup() {
    }

    public static List<String> ensure(Settings settings, Topics topics, Collection<String> extraTopics) {
        List<Topic<?, ?>> wanted = new ArrayList<>(topics.all());
        extraTopics.forEach(name -> wanted.add(new Topic<>(name, Serdes.String(), Serdes.ByteArray(), false)));
        try (Admin admin = Admin.create(settings.asClientConfig())) {
            return new TopicProvisioner(admin, settings.getInt("topics.partitions"),
                    (short) settings.getInt("topics.replication.factor")).ensure(wanted);
        }
    }
}

package io.newsflow.deploy.cli;

import io.newsflow.deploy.run.TableTopic;
import io.newsflow.deploy.run.TopicSetup;
import io.newsflow.enrich.tag.kb.EntityFile;
import io.newsflow.enrich.tag.kb.KnowledgeBaseFiles;
import io.newsflow.schemas.avro.KnowledgeEntity;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Manage the runtime knowledge base: entities in the compacted topic news.entities.v1, laid "
                + "over the bundled ones by id; every running enrich service tags with changes at once.")
final class EntitiesCommand {
    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Add the entities of a YAML file, or replace those of the same id (a bundled one too).")
    int apply(@Parameters(paramLabel = "FILE", description = "YAML entities file") Path file,
              @Mixin SettingsOptions settingsOptions) {
        List<KnowledgeEntity> entities = Cli.userInput(() -> EntityFile.read(file));
        TableTopic<KnowledgeEntity> table = table(settingsOptions);
        Map<String, KnowledgeEntity> byId = new LinkedHashMap<>();
        entities.forEach(entity -> byId.put(entity.getId(), entity));
        table.put(byId);
        entities.forEach(entity -> System.out.println("  applied " + entity.getId() + " (" + entity.getName() + ")"));
        System.out.printf("Applied %d entit%s from %s to %s.%n", entities.size(), entities.size() == 1 ? "y" : "ies",
                file, table.name());
        return 0;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Undo the runtime entity of this id: a new entity goes away, a replaced bundled one "
                    + "comes back as bundled.")
    int remove(@Parameters(paramLabel = "ID", description = "entity id, as 'entities list' shows it") String id,
               @Mixin SettingsOptions settingsOptions) {
        TableTopic<KnowledgeEntity> table = table(settingsOptions);
        if (!table.read().containsKey(id)) {
            throw new CliError("entity " + id + " is not in " + table.name() + ", so there is nothing to remove; "
                    + "'newsflow entities list' shows the runtime entities (bundled ones are changed by applying "
                    + "an entity of the same id)");
        }
        table.remove(id);
        boolean bundled = KnowledgeBaseFiles.bundled().find(id).isPresent();
        System.out.printf("Removed entity %s from %s%s.%n", id, table.name(),
                bundled ? "; enrich tags it as bundled again" : "");
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print the live runtime entities (read to the end of news.entities.v1).")
    int list(@Mixin SettingsOptions settingsOptions) {
        TableTopic<KnowledgeEntity> table = table(settingsOptions);
        SortedMap<String, KnowledgeEntity> live = table.read();
        System.out.print(EntityListing.format(live.values()));
        System.out.printf("%d runtime entit%s in %s, on top of the bundled knowledge base.%n", live.size(),
                live.size() == 1 ? "y" : "ies", table.name());
        return 0;
    }

    private static TableTopic<KnowledgeEntity> table(SettingsOptions settingsOptions) {
        Settings settings = settingsOptions.load();
        KafkaReachability.require(settings);
        Topics topics = Topics.configure(settings.asClientConfig());
        TopicSetup.ensure(settings, topics, List.of());
        return new TableTopic<>(settings, topics.entities());
    }
}

package io.newsflow.deploy.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signal of each alerting rule in a Prometheus rules file: its expression without the threshold. A
 * healthy system does not meet the thresholds (no service is down, lag does not grow), so the expressions
 * as a whole are rightly empty; what must not be empty is what they compare, or the rule could never fire.
 */
final class AlertRuleSignals {
    /** "<signal> <comparison> <number>", the threshold being the last comparison of the expression. */
    private static final Pattern THRESHOLD = Pattern.compile("(?s)^(.*\\S)\\s*(==|!=|>=|<=|>|<)\\s*(-?[0-9.]+)\\s*$");

    private AlertRuleSignals() {
    }

    static List<Query> read(Path rules) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(rules.toFile());
        List<Query> signals = new ArrayList<>();
        for (JsonNode group : root.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                if (!rule.has("alert")) {
                    continue;
                }
                String name = rule.path("alert").asText();
                Matcher matcher = THRESHOLD.matcher(rule.path("expr").asText());
                if (!matcher.matches()) {
                    throw new IllegalStateException("alert " + name + " in " + rules
                            + " must read '<signal> <comparison> <number>' so its signal can be checked");
                }
                signals.add(new Query("alert " + name, matcher.group(1)));
            }
        }
        return signals;
    }
}

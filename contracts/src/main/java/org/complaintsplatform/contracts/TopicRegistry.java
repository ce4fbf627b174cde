package org.complaintsplatform.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The topics declared in {@code topics.yaml}, with their dead-letter topics. */
public final class TopicRegistry {

    private static final String RESOURCE = "topics.yaml";
    private static final String KEEP_FOR_EVER = "forever";

    private final List<TopicDefinition> topics;

    private TopicRegistry(List<TopicDefinition> topics) {
        this.topics = List.copyOf(topics);
    }

    public static TopicRegistry load() {
        try (InputStream in = TopicRegistry.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE + " is missing from the contracts jar");
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            return new TopicRegistry(root.path("topics").valueStream().map(TopicRegistry::topic).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static TopicDefinition topic(JsonNode node) {
        String retention = node.path("retention").asText();
        return new TopicDefinition(
                node.path("name").asText(),
                node.path("description").asText(),
                node.path("partitions").asInt(),
                KEEP_FOR_EVER.equals(retention) ? null : Duration.parse(retention),
                node.path("producer").asText(),
                node.path("consumers").valueStream().map(JsonNode::asText).toList(),
                node.path("types").valueStream()
                        .map(JsonNode::asText)
                        .map(name -> Stream.of(EventType.values())
                                .filter(type -> type.typeName().equals(name))
                                .findFirst()
                                .orElseThrow(() -> new IllegalStateException(
                                        RESOURCE + ": unknown event type '" + name + "'")))
                        .toList());
    }

    /** The declared topics, without their dead-letter topics. */
    public List<TopicDefinition> topics() {
        return topics;
    }

    /** Every topic the platform creates: the declared ones and their dead-letter topics. */
    public List<TopicDefinition> topicsWithDeadLetters() {
        return topics.stream().flatMap(topic -> Stream.of(topic, topic.deadLetterTopic())).toList();
    }

    public Optional<TopicDefinition> find(String name) {
        return topicsWithDeadLetters().stream().filter(topic -> topic.name().equals(name)).findFirst();
    }
}

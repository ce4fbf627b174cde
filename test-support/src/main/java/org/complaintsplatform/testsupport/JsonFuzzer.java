package org.complaintsplatform.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bad and odd request bodies made from a valid one, reproducibly from a seed: fields dropped, values of the
 * wrong type, empty, huge, with control characters, markup or impossible dates, unknown fields, broken
 * syntax. A test sends each and asserts the service answers with a client error, never a server error.
 */
public final class JsonFuzzer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> ODD_VALUES = List.of(
            NODES.nullNode(), NODES.textNode(""), NODES.textNode(" "), NODES.textNode("x".repeat(20_000)),
            NODES.textNode("<script>alert(1)</script>"), NODES.textNode("\u0000\u0007\u001b"), NODES.textNode("😀 ﷽ \u202e"),
            NODES.textNode("2026-02-30"), NODES.textNode("2026-13-01T25:61:00Z"), NODES.textNode("NOT_A_VALUE"),
            NODES.textNode("00000000-0000-0000-0000-000000000000"), NODES.textNode("../../etc/passwd"),
            NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(1.5e300),
            NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(),
            NODES.arrayNode().add(NODES.nullNode()).add(NODES.textNode("x")));
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Random random;

    /** @param seed print it with a failure, so the bodies can be made again */
    public JsonFuzzer(long seed) {
        this.random = new Random(seed);
    }

    public List<String> mutations(String validJson, int count) {
        JsonNode valid = parse(validJson);
        List<String> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            bodies.add(random.nextInt(10) == 0 ? brokenText(validJson) : mutate(valid.deepCopy()).toString());
        }
        return bodies;
    }

    private JsonNode mutate(JsonNode document) {
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            List<ObjectNode> objects = new ArrayList<>();
            collectObjects(document, objects);
            if (objects.isEmpty()) {
                return document;
            }
            ObjectNode target = objects.get(random.nextInt(objects.size()));
            List<String> names = new ArrayList<>();
            target.fieldNames().forEachRemaining(names::add);
            switch (random.nextInt(4)) {
                case 0 -> {
                    if (!names.isEmpty()) {
                        target.remove(names.get(random.nextInt(names.size())));
                    }
                }
                case 1 -> target.set("unexpected" + random.nextInt(100), odd());
                case 2 -> {
                    if (target == document && random.nextInt(8) == 0) {
                        return odd();
                    }
                    target.set(names.isEmpty() ? "unexpected" : names.get(random.nextInt(names.size())), deeplyNested());
                }
                default -> {
                    if (!names.isEmpty()) {
                        target.set(names.get(random.nextInt(names.size())), odd());
                    }
                }
            }
        }
        return document;
    }

    private JsonNode odd() {
        return ODD_VALUES.get(random.nextInt(ODD_VALUES.size())).deepCopy();
    }

    private JsonNode deeplyNested() {
        ArrayNode root = NODES.arrayNode();
        ArrayNode current = root;
        for (int depth = 0; depth < 200; depth++) {
            ArrayNode next = NODES.arrayNode();
            current.add(next);
            current = next;
        }
        return root;
    }

    private String brokenText(String validJson) {
        return switch (random.nextInt(4)) {
            case 0 -> validJson.substring(0, random.nextInt(Math.max(1, validJson.length())));
            case 1 -> validJson.replaceFirst("\\{", "{\"duplicate\":1,\"duplicate\":2,");
            case 2 -> "[" + validJson + "]";
            default -> validJson.replace('"', '\'');
        };
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.elements().forEachRemaining(child -> collectObjects(child, objects));
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The seed body is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}

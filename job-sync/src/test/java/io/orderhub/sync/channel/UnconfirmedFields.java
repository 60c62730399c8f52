package io.orderhub.sync.channel;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields a mapper reads that no official model of the platform confirms (docs/unified-model.md marks them "not
 * confirmed"), or that only some copies of it carry (Taobao's {@code tid_str}, {@code buyer_open_uid},
 * {@code is_free_gift} are missing from the older TOP Java SDK): a platform may not send them, so an order without
 * them must still map. Paths are dotted, a
 * {@code []} suffix meaning every element of that array, e.g. {@code orders.order[].is_free_gift}.
 */
final class UnconfirmedFields {

    private UnconfirmedFields() {
    }

    /** A copy of the raw order without the given fields, and how many occurrences were removed. */
    static Stripped strip(RawOrder raw, List<String> paths) {
        ObjectNode copy = (ObjectNode) raw.json().deepCopy();
        int removed = 0;
        for (String path : paths) {
            removed += remove(copy, path.split("\\."), 0);
        }
        return new Stripped(new RawOrder(raw.platformOrderId(), copy), removed);
    }

    record Stripped(RawOrder order, int removed) {
    }

    private static int remove(JsonNode node, String[] path, int at) {
        String segment = path[at];
        boolean everyElement = segment.endsWith("[]");
        String name = everyElement ? segment.substring(0, segment.length() - 2) : segment;
        if (!(node instanceof ObjectNode object) || !object.has(name)) {
            return 0;
        }
        if (at == path.length - 1) {
            object.remove(name);
            return 1;
        }
        JsonNode child = object.get(name);
        int removed = 0;
        for (JsonNode next : everyElement ? child : List.of(child)) {
            removed += remove(next, path, at + 1);
        }
        return removed;
    }
}

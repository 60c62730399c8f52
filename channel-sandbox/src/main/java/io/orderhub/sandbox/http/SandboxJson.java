package io.orderhub.sandbox.http;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the sandbox. BigDecimal is written as plain text, never in exponent form. */
public final class SandboxJson {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            // Admin JSON may leave settings out: an absent rate means 0, i.e. the fault is off.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private SandboxJson() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Puts a text field, or leaves it out when the text is absent ({@code null}); an empty text is put as it is. */
    public static void putPresent(ObjectNode node, String name, String text) {
        if (text != null) {
            node.put(name, text);
        }
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** UTF-8 straight from the generator: the gateways' pages are the sandbox's hottest output. */
    public static byte[] bytes(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }
}

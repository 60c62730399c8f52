package io.orderhub.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

class RawJsonTest {
    private static final String LIST = "[{\"title\":\"羽绒服 男款\",\"price\":\"199.00\"},{\"title\":\"袜子\"}]";

    @Test
    void keptBytesAreWrittenAsTheyAreInsideTheDocument() {
        ObjectNode envelope = SandboxJson.object().put("total", 2);
        envelope.set("list", SandboxJson.MAPPER.getNodeFactory()
                .rawValueNode(new RawValue(new RawJson(LIST.getBytes(StandardCharsets.UTF_8)))));
        envelope.put("request_id", "r1");

        String written = new String(SandboxJson.bytes(envelope), StandardCharsets.UTF_8);

        assertThat(written).isEqualTo("{\"total\":2,\"list\":" + LIST + ",\"request_id\":\"r1\"}");
        assertThat(SandboxJson.MAPPER.readTree(written).at("/list/0/title").asString()).isEqualTo("羽绒服 男款");
    }

    @Test
    void quotedFormIsTheJsonTextAsAString() {
        RawJson raw = new RawJson("[\"a\"]".getBytes(StandardCharsets.UTF_8));

        assertThat(new String(raw.asQuotedUTF8(), StandardCharsets.UTF_8)).isEqualTo("[\\\"a\\\"]");
        assertThat(raw.charLength()).isEqualTo(5);
    }
}

package io.orderhub.report.entry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntryCheckServletTest {

    static final byte[] BODY = "{\"skuCode\":\"A1001\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aBodyWithItsDeclaredLengthIsReadWhole() throws Exception {
        assertThat(EntryCheckServlet.readAtMost(new ByteArrayInputStream(BODY), BODY.length, 64)).isEqualTo(BODY);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadWhole() throws Exception {
        assertThat(EntryCheckServlet.readAtMost(new ByteArrayInputStream(BODY), -1, BODY.length)).isEqualTo(BODY);
    }

    @Test
    void aChunkedBodyOneByteOverTheLimitIsRefused() throws Exception {
        assertThat(EntryCheckServlet.readAtMost(new ByteArrayInputStream(BODY), -1, BODY.length - 1)).isNull();
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutReading() throws Exception {
        ByteArrayInputStream in = new ByteArrayInputStream(BODY);

        assertThat(EntryCheckServlet.readAtMost(in, BODY.length, BODY.length - 1)).isNull();
        assertThat(in.available()).isEqualTo(BODY.length);
    }
}

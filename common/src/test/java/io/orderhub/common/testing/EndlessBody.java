package io.orderhub.common.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/** A chunked response body that never ends (about a gigabyte, unless the client hangs up, which it should). */
public final class EndlessBody implements MockResponseBody {
    private final byte[] chunk;

    public EndlessBody(String chunk) {
        this.chunk = chunk.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public long getContentLength() {
        return -1;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        for (long written = 0; written < 1L << 30; written += chunk.length) {
            sink.write(chunk);
            sink.flush();
        }
    }
}

package io.orderhub.sandbox.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/** A stand-in receiver: records every request and answers with the given function. Test-side code only. */
final class CallbackReceiver implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

    record Received(String path, Headers headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** Form body decoded with the JDK, order kept. */
        Map<String, String> form() {
            Map<String, String> form = new LinkedHashMap<>();
            for (String pair : text().split("&")) {
                int eq = pair.indexOf('=');
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            return form;
        }
    }

    CallbackReceiver(Function<Received, MockResponse> answer) {
        server.setServerSocketFactory(new io.orderhub.sandbox.http.NoDelayServerSockets());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                Received r = new Received(request.getUrl().encodedPath(), request.getHeaders(),
                        request.getBody() == null ? new byte[0] : request.getBody().toByteArray());
                received.add(r);
                return answer.apply(r);
            }
        });
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MockResponse answer(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }

    String baseUrl() {
        return server.url("/").toString();
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    @Override
    public void close() {
        server.close();
    }
}

package io.orderhub.common.alert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP endpoint that records what receivers post and answers as told (ok, failing, slow). */
final class WebhookInbox implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile MockResponse answer = new MockResponse.Builder().body("{\"errcode\":0,\"code\":0}").build();
    private volatile long delayMillis;

    WebhookInbox() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis); // keeps a dispatcher inside its lease while the other one tries
                }
                requests.add(request);
                return answer;
            }
        });
        server.start();
    }

    String url(String path) {
        return server.url(path).toString();
    }

    void failWith(int code, String body) {
        answer = new MockResponse.Builder().code(code).body(body).build();
    }

    void slowDown(long millis) {
        delayMillis = millis;
    }

    int count() {
        return requests.size();
    }

    List<JsonNode> messages() {
        List<JsonNode> messages = new ArrayList<>();
        requests.forEach(r -> messages.add(JSON.readTree(r.getBody().utf8())));
        return messages;
    }

    List<String> bodies() {
        return requests.stream().map(r -> r.getBody().utf8()).toList();
    }

    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

package io.orderhub.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.Channel;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import okhttp3.HttpUrl;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The admin endpoints drive any {@link SandboxControls}: no running sandbox, no server. */
class AdminEndpointsTest {

    private static final Instant NOW = Instant.parse("2026-11-11T00:00:00Z");

    private final List<String> calls = new ArrayList<>();

    /** Records every call; answers the few the tested routes read. */
    private final SandboxControls controls = (SandboxControls) Proxy.newProxyInstance(
            SandboxControls.class.getClassLoader(), new Class<?>[] {SandboxControls.class}, (proxy, method, args) -> {
                calls.add(method.getName() + (args == null ? List.of() : List.of(args)));
                return switch (method.getName()) {
                    case "now", "advance" -> NOW;
                    case "url" -> HttpUrl.get("http://127.0.0.1:18080/" + args[0]);
                    case "touch" -> List.of("1001", "1002");
                    case "stopPush", "clearPageCache" -> null;
                    case "pageCache" -> Map.of("enabled", true, "hits", 3, "misses", 1);
                    case "pushStats" -> Map.of("running", false);
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            });

    private final AdminEndpoints endpoints = new AdminEndpoints(controls);

    private static SandboxRequest request(String method, String path, Map<String, String> query) {
        return new SandboxRequest(method, path, query, Map.of(), new byte[0]);
    }

    private static String body(MockResponse response) throws Exception {
        Buffer buffer = new Buffer();
        response.getBody().writeTo(buffer);
        return buffer.readUtf8();
    }

    @Test
    void advanceMovesTheSandboxClockAndAnswersWithItsInfo() throws Exception {
        MockResponse response = endpoints.handle(request("POST", "/_sandbox/advance", Map.of("seconds", "90")));

        assertThat(response.getCode()).isEqualTo(200);
        assertThat(calls).first().isEqualTo("advance[" + Duration.ofSeconds(90) + "]");
        assertThat(body(response)).contains("\"now\":\"" + NOW + "\"").contains("http://127.0.0.1:18080/PDD");
    }

    @Test
    void pageCacheCountersAreInTheInfoAndTheCacheCanBeDropped() throws Exception {
        assertThat(body(endpoints.handle(request("GET", "/_sandbox/info", Map.of()))))
                .contains("\"pageCache\":{").contains("\"hits\":3").contains("\"misses\":1");

        MockResponse dropped = endpoints.handle(request("DELETE", "/_sandbox/page-cache", Map.of()));

        assertThat(dropped.getCode()).isEqualTo(200);
        assertThat(calls).contains("clearPageCache[]");
    }

    @Test
    void touchNamesTheOrdersTheSandboxTouched() throws Exception {
        MockResponse response = endpoints.handle(request("POST", "/_sandbox/touch",
                Map.of("channel", "PDD", "shop", "pdd-1", "count", "2")));

        assertThat(calls).containsExactly("touch[" + Channel.PDD + ", pdd-1, 2]");
        assertThat(body(response)).isEqualTo("{\"touched\":[\"1001\",\"1002\"]}");
    }

    @Test
    void stoppingPushAnswersWithThePushStats() throws Exception {
        MockResponse response = endpoints.handle(request("POST", "/_sandbox/push/stop", Map.of()));

        assertThat(calls).containsExactly("stopPush[]", "pushStats[]");
        assertThat(body(response)).isEqualTo("{\"running\":false}");
    }

    @Test
    void anUnknownRouteIsNotFoundAndControlsNothing() throws Exception {
        MockResponse response = endpoints.handle(request("POST", "/_sandbox/nothing", Map.of()));

        assertThat(response.getCode()).isEqualTo(404);
        assertThat(calls).isEmpty();
    }
}

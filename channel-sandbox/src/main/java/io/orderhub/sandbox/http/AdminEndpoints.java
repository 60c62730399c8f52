package io.orderhub.sandbox.http;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ShopCredentials;
import io.orderhub.sandbox.burst.BurstPlan;
import io.orderhub.sandbox.burst.BurstStatus;
import io.orderhub.sandbox.fault.FaultPlan;
import io.orderhub.sandbox.fault.RateLimitPolicy;
import io.orderhub.sandbox.payment.Forgery;
import io.orderhub.sandbox.truth.TruthJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import okio.BufferedSink;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's own HTTP controls under {@code /_sandbox/}: shops, truth (JSON lines, streamed), stats, faults,
 * rate limits, clock and touches. See README.md for the list. They see the sandbox through {@link SandboxControls}
 * only.
 */
public final class AdminEndpoints {
    private final SandboxControls sandbox;

    public AdminEndpoints(SandboxControls sandbox) {
        this.sandbox = sandbox;
    }

    public MockResponse handle(SandboxRequest request) {
        try {
            String route = request.httpMethod() + " " + request.path();
            return switch (route) {
                case "GET /_sandbox/shops" -> json(shops(request));
                case "GET /_sandbox/truth" -> truth(request);
                case "GET /_sandbox/stats" -> json(SandboxJson.MAPPER.valueToTree(sandbox.stats().snapshot()));
                case "DELETE /_sandbox/stats" -> {
                    sandbox.stats().reset();
                    yield json(SandboxJson.object().put("reset", true));
                }
                case "GET /_sandbox/faults" -> json(SandboxJson.MAPPER.valueToTree(sandbox.faults()));
                case "POST /_sandbox/faults" -> {
                    sandbox.faults(SandboxJson.MAPPER.readValue(request.body(), FaultPlan.class));
                    yield json(SandboxJson.MAPPER.valueToTree(sandbox.faults()));
                }
                case "DELETE /_sandbox/faults" -> {
                    sandbox.faults(FaultPlan.none());
                    yield json(SandboxJson.MAPPER.valueToTree(sandbox.faults()));
                }
                case "POST /_sandbox/rate-limits" -> rateLimits(request);
                case "POST /_sandbox/advance" -> {
                    sandbox.advance(Duration.ofSeconds(Long.parseLong(request.query().getOrDefault("seconds", "0"))));
                    yield json(info());
                }
                case "POST /_sandbox/touch" -> {
                    Channel channel = Channel.valueOf(request.query().get("channel"));
                    int count = Integer.parseInt(request.query().getOrDefault("count", "1"));
                    List<String> touched = sandbox.touch(channel, request.query().get("shop"), count);
                    ObjectNode answer = SandboxJson.object();
                    touched.forEach(answer.putArray("touched")::add);
                    yield json(answer);
                }
                case "GET /_sandbox/info" -> json(info());
                case "GET /_sandbox/page-cache" -> json(SandboxJson.MAPPER.valueToTree(sandbox.pageCache()));
                case "DELETE /_sandbox/page-cache" -> {
                    sandbox.clearPageCache();
                    yield json(SandboxJson.MAPPER.valueToTree(sandbox.pageCache()));
                }
                case "GET /_sandbox/burst" -> json(burstJson(sandbox.burstStatus()));
                case "POST /_sandbox/burst" -> startBurst(request);
                case "POST /_sandbox/push/start" -> startPush(request);
                case "POST /_sandbox/push/stop" -> {
                    sandbox.stopPush();
                    yield json(SandboxJson.MAPPER.valueToTree(sandbox.pushStats()));
                }
                case "GET /_sandbox/push/stats" -> json(SandboxJson.MAPPER.valueToTree(sandbox.pushStats()));
                case "GET /_sandbox/push/messages" -> json(PushAdmin.messages(sandbox.pushedMessages(), request.query()));
                case "GET /_sandbox/push/settings" -> json(SandboxJson.MAPPER.valueToTree(sandbox.pushSettings()));
                case "POST /_sandbox/push/settings" -> {
                    sandbox.pushSettings(PushAdmin.merge(sandbox.pushSettings(), SandboxJson.MAPPER.readTree(request.body())));
                    yield json(SandboxJson.MAPPER.valueToTree(sandbox.pushSettings()));
                }
                case "GET /_sandbox/keys" -> json(PushAdmin.keys(sandbox.paymentGateways(), sandbox.url()));
                case "POST /_sandbox/keys" -> {
                    PushAdmin.registerKey(sandbox.paymentGateway(request.query().get("gateway")),
                            SandboxJson.MAPPER.readTree(request.body()));
                    yield json(PushAdmin.keys(sandbox.paymentGateways(), sandbox.url()));
                }
                case "POST /_sandbox/payments/forge" -> json(SandboxJson.MAPPER.valueToTree(sandbox.forgeNotice(
                        request.query().get("gateway"), request.query().get("order"),
                        Forgery.valueOf(request.query().get("kind")))));
                default -> error(404, "unknown admin endpoint " + route);
            };
        } catch (IllegalArgumentException | NullPointerException | JacksonException e) {
            return error(400, String.valueOf(e.getMessage()));
        } catch (IllegalStateException e) {
            // Push mode without a callback URL, a forged notice before start…: a conflict with the sandbox's state.
            return error(409, String.valueOf(e.getMessage()));
        }
    }

    /** {@code ?since=<ISO instant | yyyy-MM-dd HH:mm:ss GMT+8>&callbackUrl=<base>}, both optional. */
    private MockResponse startPush(SandboxRequest request) {
        String url = request.query().get("callbackUrl");
        if (url != null && !url.isEmpty()) {
            sandbox.pushSettings(sandbox.pushSettings().withCallbackBaseUrl(url));
        }
        String since = request.query().get("since");
        try {
            sandbox.startPush(since == null || since.isEmpty() ? null : PushAdmin.instant(since));
        } catch (IllegalStateException e) {
            return error(409, e.getMessage());
        }
        return json(SandboxJson.MAPPER.valueToTree(sandbox.pushStats()));
    }

    /** {@code {"steps":[{"seconds":60,"ordersPerMinute":600}],"channels":["PDD"]}} → 202, or 409 while one runs. */
    private MockResponse startBurst(SandboxRequest request) {
        JsonNode body = SandboxJson.MAPPER.readTree(request.body());
        List<BurstPlan.Step> steps = new ArrayList<>();
        for (JsonNode step : body.path("steps")) {
            long seconds = step.path("seconds").asLong(-1);
            int perMinute = step.path("ordersPerMinute").asInt(-1);
            if (seconds <= 0 || perMinute < 0 || !step.path("ordersPerMinute").isIntegralNumber()) {
                throw new IllegalArgumentException("each step needs seconds > 0 and ordersPerMinute ≥ 0: " + step);
            }
            steps.add(new BurstPlan.Step(Duration.ofSeconds(seconds), perMinute));
        }
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        body.path("channels").forEach(channel -> channels.add(Channel.valueOf(channel.asString())));
        try {
            BurstStatus started = sandbox.burst(new BurstPlan(steps, channels));
            return json(202, burstJson(started));
        } catch (IllegalStateException e) {
            ObjectNode answer = burstJson(sandbox.burstStatus());
            answer.put("error", e.getMessage());
            return json(409, answer);
        }
    }

    private static ObjectNode burstJson(BurstStatus status) {
        ObjectNode n = SandboxJson.object();
        n.put("running", status.running());
        n.put("created", status.created());
        n.put("startedAt", status.startedAt() == null ? null : status.startedAt().toString());
        n.put("finishedAt", status.finishedAt() == null ? null : status.finishedAt().toString());
        if (status.failure() != null) {
            n.put("failure", status.failure());
        }
        return n;
    }

    private ArrayNode shops(SandboxRequest request) {
        // visible=true also counts each shop's visible orders, which builds its window index (bench/run sandbox).
        boolean counted = "true".equals(request.query().get("visible"));
        ArrayNode shops = SandboxJson.MAPPER.createArrayNode();
        for (Channel channel : channels(request)) {
            for (ShopCredentials shop : sandbox.shops(channel)) {
                ObjectNode entry = shops.addObject().put("channel", channel.name()).put("shopId", shop.shopId())
                        .put("appKey", shop.appKey()).put("appSecret", shop.appSecret())
                        .put("accessToken", shop.accessToken());
                if (counted) {
                    entry.put("visibleOrders", sandbox.visibleOrders(channel, shop.shopId()));
                }
            }
        }
        return shops;
    }

    private MockResponse truth(SandboxRequest request) {
        List<Channel> channels = channels(request);
        String shopId = request.query().get("shop");
        MockResponseBody body = new MockResponseBody() {
            @Override
            public long getContentLength() {
                return -1;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                Buffer chunk = new Buffer();
                for (Channel channel : channels) {
                    for (ShopCredentials shop : sandbox.shops(channel)) {
                        if (shopId == null || shopId.equals(shop.shopId())) {
                            writeLines(sink, chunk, channel, shop.shopId());
                        }
                    }
                }
                writeChunk(sink, chunk);
                sink.writeUtf8("0\r\n\r\n");
                sink.flush();
            }
        };
        // MockWebServer frames a body of unknown length itself only for Buffers: the truth of a million orders is
        // streamed with hand-written chunked framing instead of being held in memory, on a connection that is
        // closed afterwards (MockWebServer's own framing state does not know about the chunks).
        return new MockResponse.Builder().body(body).removeHeader("Content-Length")
                .setHeader("Content-Type", "application/x-ndjson;charset=UTF-8")
                .setHeader("Transfer-Encoding", "chunked").setHeader("Connection", "close")
                .onResponseEnd(new SocketEffect.CloseSocket(true, false, false)).build();
    }

    private void writeLines(BufferedSink sink, Buffer chunk, Channel channel, String shopId) throws IOException {
        var iterator = sandbox.truth(channel, shopId).iterator();
        while (iterator.hasNext()) {
            chunk.write(SandboxJson.write(TruthJson.toJson(iterator.next())).getBytes(StandardCharsets.UTF_8));
            chunk.writeByte('\n');
            if (chunk.size() >= 64 * 1024) {
                writeChunk(sink, chunk);
            }
        }
    }

    private static void writeChunk(BufferedSink sink, Buffer chunk) throws IOException {
        if (chunk.size() == 0) {
            return;
        }
        sink.writeUtf8(Long.toHexString(chunk.size())).writeUtf8("\r\n");
        sink.write(chunk, chunk.size());
        sink.writeUtf8("\r\n");
        sink.flush();
    }

    private MockResponse rateLimits(SandboxRequest request) {
        JsonNode body = SandboxJson.MAPPER.readTree(request.body());
        if (body.path("unlimited").asBoolean(false)) {
            sandbox.unlimitedRateLimits();
        }
        for (Channel channel : Channel.values()) {
            JsonNode policy = body.get(channel.name());
            if (policy != null) {
                sandbox.rateLimit(channel, SandboxJson.MAPPER.treeToValue(policy, RateLimitPolicy.class));
            }
        }
        ObjectNode answer = SandboxJson.object();
        for (Channel channel : Channel.values()) {
            answer.set(channel.name(), SandboxJson.MAPPER.valueToTree(sandbox.rateLimit(channel)));
        }
        return json(answer);
    }

    private ObjectNode info() {
        ObjectNode info = SandboxJson.object();
        info.put("now", sandbox.now().toString());
        ObjectNode urls = info.putObject("gateways");
        Map<Channel, String> gateways = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            gateways.put(channel, sandbox.url(channel).toString());
        }
        gateways.forEach((channel, url) -> urls.put(channel.name(), url));
        info.set("pageCache", SandboxJson.MAPPER.valueToTree(sandbox.pageCache()));
        return info;
    }

    private static List<Channel> channels(SandboxRequest request) {
        String channel = request.query().get("channel");
        return channel == null || channel.isEmpty() ? List.of(Channel.values()) : List.of(Channel.valueOf(channel));
    }

    private static MockResponse json(JsonNode node) {
        return json(200, node);
    }

    private static MockResponse json(int code, JsonNode node) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json;charset=UTF-8")
                .body(SandboxJson.write(node)).build();
    }

    private static MockResponse error(int code, String message) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json;charset=UTF-8")
                .body(SandboxJson.write(SandboxJson.object().put("error", message))).build();
    }
}

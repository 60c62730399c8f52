package io.orderhub.sandbox.http;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.SandboxStats;
import io.orderhub.sandbox.fault.FaultInjector;
import io.orderhub.sandbox.payment.PaymentQueryApis;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;

/**
 * Routes a request to the platform gateway for its path (or to the admin endpoints under {@code /_sandbox/}) and
 * applies the transport faults around it: 5xx, no answer, delay, body stall, malformed or truncated JSON.
 */
public final class SandboxDispatcher extends Dispatcher {
    private static final String JSON = "application/json;charset=UTF-8";

    private final Map<String, PlatformGateway> gateways;
    private final AdminEndpoints admin;
    private final FaultInjector faults;
    private final SandboxStats stats;
    private final PaymentQueryApis payments;
    private final RequestLog requestLog;

    public SandboxDispatcher(List<PlatformGateway> gateways, AdminEndpoints admin, FaultInjector faults,
                             SandboxStats stats, PaymentQueryApis payments, RequestLog requestLog) {
        this.payments = payments;
        this.requestLog = requestLog;
        this.gateways = gateways.stream().collect(Collectors.toMap(PlatformGateway::path, Function.identity()));
        this.admin = admin;
        this.faults = faults;
        this.stats = stats;
    }

    @Override
    public MockResponse dispatch(RecordedRequest recorded) {
        SandboxRequest request = SandboxRequest.from(recorded);
        if (request.path().startsWith("/_sandbox/")) {
            return admin.handle(request);
        }
        // Payment gateways' query APIs: the pull channels' transport faults do not apply to them.
        if (PaymentQueryApis.handles(request.path())) {
            return payments.handle(recorded, request);
        }
        PlatformGateway gateway = gateways.get(request.path());
        if (gateway == null) {
            return new MockResponse.Builder().code(404).setHeader("Content-Type", JSON)
                    .body("{\"error\":\"no gateway at " + request.path() + "\"}").build();
        }
        Channel channel = gateway.channel();
        requestLog.record(channel, request.allParameters());
        int number = faults.nextRequestNumber();
        stats.increment("requests.total");
        stats.increment("requests." + channel);
        if (faults.serverError(channel, number)) {
            int code = number % 2 == 0 ? 502 : 503;
            return new MockResponse.Builder().code(code).setHeader("Content-Type", "text/html")
                    .body("<html><body><h1>" + code + " Bad Gateway</h1>Tengine</body></html>").build();
        }
        if (faults.timeout(channel)) {
            return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
        }
        GatewayReply reply = gateway.handle(request);
        byte[] body = SandboxJson.bytes(reply.json());
        if (faults.truncatedJson(channel)) {
            body = Arrays.copyOf(body, body.length / 2);
        } else if (faults.malformedJson(channel)) {
            body = corrupt(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        MockResponse.Builder response = new MockResponse.Builder().code(reply.httpStatus())
                .setHeader("Content-Type", JSON).body(new Buffer().write(body));
        long delay = faults.delayMillis(channel);
        if (delay > 0) {
            response.headersDelay(delay, TimeUnit.MILLISECONDS);
        }
        if (faults.bodyStall(channel)) {
            response.onResponseBody(SocketEffect.Stall.INSTANCE);
        }
        return response.build();
    }

    /** Breaks the syntax while keeping the body plausible: the first ':' becomes '=' (a gateway bug, say). */
    static String corrupt(String json) {
        int colon = json.indexOf(':');
        return colon < 0 ? json + "}" : json.substring(0, colon) + "=" + json.substring(colon + 1);
    }
}

package io.orderhub.sync.payment;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.http.HttpClientSettings;
import io.orderhub.common.http.ResponseTooLargeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.stereotype.Component;

/** The HTTP client for payment gateway queries (separate from the channels' paced client: other hosts, other limits). */
@Component
public class GatewayHttp {

    /** A query reply is one trade's status: a few KB. */
    static final long MAX_BODY = 256 * 1024;

    private final OkHttpClient client;

    public GatewayHttp(HttpClientFactory http, PaymentProperties properties) {
        this.client = http.newClient(HttpClientSettings.named("payment-gateways")
                .withCallTimeout(properties.queryTimeout()).withMaxResponseBytes(MAX_BODY));
    }

    public record Reply(int code, String body, okhttp3.Headers headers) {
    }

    public Reply call(Request request, String gatewayName) {
        try (Response response = client.newCall(request).execute()) {
            byte[] body = response.body().bytes();
            return new Reply(response.code(), new String(body, StandardCharsets.UTF_8), response.headers());
        } catch (ResponseTooLargeException e) {
            throw new GatewayQueryException(gatewayName + ": query reply larger than " + e.limit() + " bytes", e);
        } catch (IOException e) {
            throw new GatewayQueryException(gatewayName + ": query failed: " + e.getMessage(), e);
        }
    }
}

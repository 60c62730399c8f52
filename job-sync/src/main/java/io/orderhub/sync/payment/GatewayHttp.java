package io.orderhub.sync.payment;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.stereotype.Component;

/** The HTTP client for payment gateway queries (separate from the channels' paced client: other hosts, other limits). */
@Component
public class GatewayHttp {

    private static final int MAX_BODY = 256 * 1024;

    private final OkHttpClient client;

    public GatewayHttp(PaymentProperties properties) {
        this.client = new OkHttpClient.Builder().callTimeout(properties.queryTimeout()).build();
    }

    public record Reply(int code, String body, okhttp3.Headers headers) {
    }

    public Reply call(Request request, String gatewayName) {
        try (Response response = client.newCall(request).execute()) {
            byte[] body = response.body().byteStream().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new GatewayQueryException(gatewayName + ": query reply larger than " + MAX_BODY + " bytes");
            }
            return new Reply(response.code(), new String(body, java.nio.charset.StandardCharsets.UTF_8), response.headers());
        } catch (IOException e) {
            throw new GatewayQueryException(gatewayName + ": query failed: " + e.getMessage(), e);
        }
    }
}

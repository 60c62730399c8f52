package io.orderhub.sync.stress;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.http.HttpClientSettings;
import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.http.ChannelHttp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;

/**
 * The admin side of a running channel sandbox (shops, bursts, ground truth), over its HTTP admin endpoints: plain
 * HTTP, no simulator classes. Used by the stress ramp here and by the demo module (demo profile, benchmarks);
 * refuses anything but a loopback sandbox, so it can never be pointed at a production channel.
 */
public final class SandboxLink {

    /** A sandbox shop with its (fake) credentials. */
    public record SandboxShop(Channel channel, String shopId, String appKey, String appSecret, String accessToken) {
        @Override
        public String toString() {
            return "SandboxShop[" + channel + "/" + shopId + "]";
        }
    }

    /** A sandbox's truth of a million orders streams for minutes and runs to gigabytes: no cap that a real one needs. */
    private static final HttpClientSettings SETTINGS = HttpClientSettings.named("sandbox")
            .withTimeouts(Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ZERO)
            .withMaxResponseBytes(Long.MAX_VALUE)
            .withPrivateRedirectTargets(true);

    private final HttpUrl base;
    private final OkHttpClient http;

    public SandboxLink(HttpUrl base, HttpClientFactory clients) {
        if (!base.host().equals("127.0.0.1") && !base.host().equals("localhost") && !base.host().equals("[::1]")) {
            throw new IllegalArgumentException("sandbox URL must be a loopback address, was " + base);
        }
        this.base = base;
        this.http = clients.newClient(SETTINGS);
    }

    public HttpUrl base() {
        return base;
    }

    public List<SandboxShop> shops() {
        JsonNode json = ChannelHttp.JSON.readTree(get(base.resolve("/_sandbox/shops")));
        List<SandboxShop> shops = new ArrayList<>();
        for (JsonNode shop : json) {
            shops.add(new SandboxShop(Channel.valueOf(shop.get("channel").asString()), shop.get("shopId").asString(),
                    shop.get("appKey").asString(), shop.get("appSecret").asString(), shop.get("accessToken").asString()));
        }
        return shops;
    }

    /** Streams the expected unified records of one shop, one JSON object per line. */
    public void truth(Channel channel, String shopId, Consumer<JsonNode> each) {
        HttpUrl url = base.resolve("/_sandbox/truth").newBuilder()
                .addQueryParameter("channel", channel.name()).addQueryParameter("shop", shopId).build();
        try (Response response = http.newCall(new Request.Builder().url(url).build()).execute();
                BufferedReader lines = new BufferedReader(response.body().charStream())) {
            if (!response.isSuccessful()) {
                throw new IllegalStateException("sandbox truth " + url + " answered HTTP " + response.code());
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    each.accept(ChannelHttp.JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox truth " + url, e);
        }
    }

    /** Fails unless the address answers like a channel sandbox (its admin info endpoint). */
    public void verifyIsSandbox() {
        JsonNode info;
        try {
            info = ChannelHttp.JSON.readTree(get(base.resolve("/_sandbox/info")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(base + " is not a channel sandbox: " + e.getMessage(), e);
        }
        if (!info.isObject()) {
            throw new IllegalArgumentException(base + " is not a channel sandbox: unexpected /_sandbox/info");
        }
    }

    /** Starts a burst of new orders; {@code planJson} as {@code POST /_sandbox/burst} takes it. */
    public void startBurst(String planJson) {
        post("/_sandbox/burst", planJson);
    }

    public JsonNode burstStatus() {
        return ChannelHttp.JSON.readTree(get(base.resolve("/_sandbox/burst")));
    }

    public String post(String pathAndQuery, String json) {
        Request request = new Request.Builder().url(base.resolve(pathAndQuery))
                .post(okhttp3.RequestBody.create(json, okhttp3.MediaType.get("application/json"))).build();
        return execute(request);
    }

    private String get(HttpUrl url) {
        return execute(new Request.Builder().url(url).build());
    }

    private String execute(Request request) {
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw new IllegalStateException("sandbox " + request.url() + " answered HTTP " + response.code() + ": " + body);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox " + request.url(), e);
        }
    }
}

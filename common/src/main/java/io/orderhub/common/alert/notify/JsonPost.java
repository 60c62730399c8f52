package io.orderhub.common.alert.notify;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs one JSON body and hands back the reply, turning transport problems and non-2xx replies into
 * {@link NotificationFailure}s. The URL (which holds the robot's access token or key) never goes into a message.
 */
final class JsonPost {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final int MAX_MESSAGE = 200;

    private JsonPost() {
    }

    static String post(OkHttpClient http, HttpUrl url, Object body, String receiver, String authorization) {
        Request.Builder request = new Request.Builder().url(url).post(RequestBody.create(JSON.writeValueAsString(body), JSON_TYPE));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            String text = response.body().string();
            if (!response.isSuccessful()) {
                boolean retryable = response.code() == 429 || response.code() >= 500;
                throw new NotificationFailure(receiver, response.code() == 429 ? "RATE_LIMITED" : "HTTP_STATUS",
                        "HTTP " + response.code() + (text.isBlank() ? "" : " " + shorten(text)), retryable);
            }
            return text;
        } catch (IOException e) {
            throw new NotificationFailure(receiver, "IO", e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + shorten(e.getMessage())), true);
        }
    }

    /** The reply as a JSON object; anything else is a failure (a proxy's HTML error page, say). */
    static JsonNode reply(String text, String receiver) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new NotificationFailure(receiver, "BAD_REPLY", "not JSON: " + shorten(text), true);
        }
        if (node == null || !node.isObject()) {
            throw new NotificationFailure(receiver, "BAD_REPLY", "not a JSON object: " + shorten(text), true);
        }
        return node;
    }

    static String shorten(String text) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ').strip();
        return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "…";
    }
}

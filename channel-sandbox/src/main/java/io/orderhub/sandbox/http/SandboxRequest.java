package io.orderhub.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/** A received request: path, query parameters, form parameters (when form-encoded) and the exact body bytes. */
public record SandboxRequest(String httpMethod, String path, Map<String, String> query, Map<String, String> form,
                             byte[] body) {

    public static SandboxRequest from(RecordedRequest recorded) {
        HttpUrl url = recorded.getUrl();
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : url.queryParameterNames()) {
            query.put(name, url.queryParameter(name));
        }
        byte[] body = recorded.getBody() == null ? new byte[0] : recorded.getBody().toByteArray();
        String contentType = recorded.getHeaders().get("Content-Type");
        Map<String, String> form = contentType != null && contentType.contains("application/x-www-form-urlencoded")
                ? decodeForm(new String(body, StandardCharsets.UTF_8)) : Map.of();
        return new SandboxRequest(recorded.getMethod(), url.encodedPath(), Collections.unmodifiableMap(query), form,
                body);
    }

    /** Query and form parameters together, as the Taobao, JD and PDD signatures see them. */
    public Map<String, String> allParameters() {
        Map<String, String> all = new LinkedHashMap<>(query);
        all.putAll(form);
        return all;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    static Map<String, String> decodeForm(String text) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            form.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return Collections.unmodifiableMap(form);
    }
}

package io.orderhub.sync.inbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

/** An {@code application/x-www-form-urlencoded} body as sorted parameters (UTF-8, as the senders specify). */
public final class UrlEncodedForm {

    private UrlEncodedForm() {
    }

    /** @throws IllegalArgumentException naming the broken parameter when the body is not form-encoded */
    public static TreeMap<String, String> parse(String body) {
        TreeMap<String, String> params = new TreeMap<>();
        if (body.isBlank()) {
            return params;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), "parameter name");
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "parameter '" + name + "'");
            if (params.put(name, value) != null) {
                throw new IllegalArgumentException("parameter '" + name + "' appears twice");
            }
        }
        return params;
    }

    private static String decode(String text, String what) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not URL-encoded: " + e.getMessage());
        }
    }
}

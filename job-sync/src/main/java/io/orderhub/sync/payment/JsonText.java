package io.orderhub.sync.payment;

import java.util.Optional;

/**
 * The exact text of a top-level member's object value inside a JSON document. Alipay signs the response node's
 * text as sent, so it must be verified byte for byte, before any parsing re-serialises it.
 */
public final class JsonText {

    private JsonText() {
    }

    public static Optional<String> objectMember(String json, String name) {
        int key = json.indexOf('"' + name + '"');
        if (key < 0) {
            return Optional.empty();
        }
        int start = json.indexOf('{', key + name.length() + 2);
        if (start < 0 || !json.substring(key + name.length() + 2, start).trim().equals(":")) {
            return Optional.empty();
        }
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return Optional.of(json.substring(start, i + 1));
            }
        }
        return Optional.empty();
    }
}

package io.orderhub.sync.channel.http;

import java.util.Map;
import java.util.TreeMap;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** Reads the parameters a signer must cover: the URL query and, for form posts, the form fields. */
public final class FormParams {

    private FormParams() {
    }

    /** All query and form parameters, sorted by name (byte order, as the platforms sort). */
    public static TreeMap<String, String> of(Request request) {
        TreeMap<String, String> params = new TreeMap<>();
        HttpUrl url = request.url();
        for (int i = 0; i < url.querySize(); i++) {
            params.put(url.queryParameterName(i), url.queryParameterValue(i));
        }
        if (request.body() instanceof FormBody form) {
            for (int i = 0; i < form.size(); i++) {
                params.put(form.name(i), form.value(i));
            }
        }
        return params;
    }

    /** {@code k1v1k2v2…} over sorted parameters, skipping {@code sign} and empty values. */
    public static String concatenated(Map<String, String> sorted) {
        StringBuilder text = new StringBuilder(256);
        sorted.forEach((name, value) -> {
            if (!"sign".equals(name) && value != null && !value.isEmpty()) {
                text.append(name).append(value);
            }
        });
        return text.toString();
    }
}

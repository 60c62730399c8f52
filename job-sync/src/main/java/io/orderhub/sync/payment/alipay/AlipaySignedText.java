package io.orderhub.sync.payment.alipay;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The text Alipay's RSA2 signatures cover: non-empty parameters sorted by name, raw {@code k=v} joined by {@code &}.
 * Alipay has two rules that differ in one parameter, and using the wrong one is answered
 * {@code isv.invalid-signature}: an openapi <em>request</em> signs every parameter but {@code sign}
 * ({@code sign_type} included: the SDK's {@code getSignContent} / {@code getSignCheckContentV2}), while an
 * asynchronous <em>notify</em> is verified without {@code sign} and {@code sign_type}
 * ({@code getSignCheckContentV1}).
 */
final class AlipaySignedText {

    private static final Set<String> NOT_IN_REQUEST = Set.of("sign");
    private static final Set<String> NOT_IN_NOTIFY = Set.of("sign", "sign_type");

    private AlipaySignedText() {
    }

    /** What we sign on a query request to Alipay's gateway. */
    static String ofRequest(Map<String, String> params) {
        return join(params, NOT_IN_REQUEST);
    }

    /** What Alipay signed on an asynchronous notify. */
    static String ofNotify(Map<String, String> params) {
        return join(params, NOT_IN_NOTIFY);
    }

    private static String join(Map<String, String> params, Set<String> excluded) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(params).forEach((name, value) -> {
            if (!excluded.contains(name) && value != null && !value.isEmpty()) {
                text.append(text.isEmpty() ? "" : "&").append(name).append('=').append(value);
            }
        });
        return text.toString();
    }
}

package io.orderhub.monitor.feed;

import okhttp3.HttpUrl;

/**
 * A feed's URL and the form people see. Feed URLs often carry a key ({@code ?key=}, an RSSHub access code, a
 * token in the user info): errors, logs and alerts only ever show {@link #shown()}, with every query value and
 * the user info replaced by {@code ***}, and any text that might quote the URL passes through {@link #redact}.
 *
 * @param target the URL polled
 * @param shown  the same URL with its secrets masked
 */
public record FeedAddress(HttpUrl target, String shown) {

    private static final String MASK = "***";
    /** Shorter values are too common to mask inside free text ("1", "rss") without garbling it. */
    private static final int MIN_MASKED_LENGTH = 4;

    public static FeedAddress of(HttpUrl url) {
        HttpUrl.Builder masked = url.newBuilder();
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            masked.username(MASK).password("");
        }
        for (String name : url.queryParameterNames()) {
            masked.setQueryParameter(name, MASK);
        }
        return new FeedAddress(url, masked.build().toString());
    }

    /** {@code text} with the URL, its user info and its query values masked. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String redacted = text.replace(target.toString(), shown);
        for (String secret : secrets()) {
            if (secret.length() >= MIN_MASKED_LENGTH) {
                redacted = redacted.replace(secret, MASK);
            }
        }
        return redacted;
    }

    private java.util.List<String> secrets() {
        java.util.List<String> secrets = new java.util.ArrayList<>();
        secrets.add(target.encodedQuery() == null ? "" : target.encodedQuery());
        for (int i = 0; i < target.querySize(); i++) {
            if (target.queryParameterValue(i) != null) {
                secrets.add(target.queryParameterValue(i));
            }
        }
        secrets.add(target.password());
        secrets.add(target.username());
        return secrets;
    }
}

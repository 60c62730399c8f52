package io.orderhub.common.alert.notify;

import okhttp3.HttpUrl;

/** Parses a configured webhook URL; the error names the receiver but never repeats the URL (it holds a key). */
final class WebhookUrls {

    private WebhookUrls() {
    }

    static HttpUrl parse(String url, String receiver) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
        if (parsed == null) {
            throw new IllegalArgumentException("oms.alert.receivers." + receiver + ".url: not an http(s) URL");
        }
        return parsed;
    }
}

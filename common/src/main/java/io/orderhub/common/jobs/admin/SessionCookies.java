package io.orderhub.common.jobs.admin;

import java.util.ArrayList;
import java.util.List;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;

/** Keeps the admin's login cookie for this process only (never written anywhere). */
final class SessionCookies implements CookieJar {

    private final List<Cookie> cookies = new ArrayList<>();

    @Override
    public synchronized void saveFromResponse(HttpUrl url, List<Cookie> received) {
        for (Cookie cookie : received) {
            cookies.removeIf(c -> c.name().equals(cookie.name()) && c.domain().equals(cookie.domain())
                    && c.path().equals(cookie.path()));
            cookies.add(cookie);
        }
    }

    @Override
    public synchronized List<Cookie> loadForRequest(HttpUrl url) {
        long now = System.currentTimeMillis();
        cookies.removeIf(c -> c.expiresAt() < now);
        return cookies.stream().filter(c -> c.matches(url)).toList();
    }

    synchronized boolean has(String name) {
        return cookies.stream().anyMatch(c -> c.name().equals(name) && !c.value().isEmpty());
    }
}

package io.orderhub.monitor.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Item links as an alert may carry them: absolute (a relative href is resolved against the feed's URL, after ROME
 * has applied any Atom {@code xml:base}) and only {@code http}/{@code https}. A {@code javascript:} or {@code data:}
 * link from a hostile feed would otherwise land in an e-mail or robot message as a clickable link.
 */
final class FeedLinks {

    private FeedLinks() {
    }

    /** The base an Atom {@code xml:base} sets inside {@code outer} (itself possibly relative), or outer if malformed. */
    static URI base(URI outer, String xmlBase) {
        if (xmlBase == null || xmlBase.isBlank()) {
            return outer;
        }
        try {
            URI base = new URI(xmlBase.strip());
            return outer == null ? base : outer.resolve(base);
        } catch (URISyntaxException e) {
            return outer;
        }
    }

    /** The absolute http(s) link, or null when there is none or it is of another scheme or malformed. */
    static String resolve(URI feedUrl, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            URI link = feedUrl == null ? new URI(href.strip()) : feedUrl.resolve(new URI(href.strip()));
            String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && link.getHost() != null ? link.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}

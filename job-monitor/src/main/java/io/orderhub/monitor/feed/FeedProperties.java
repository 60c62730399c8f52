package io.orderhub.monitor.feed;

import io.orderhub.common.secret.SecretResolver;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import okhttp3.HttpUrl;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The feeds {@code apiChangeWatch} polls ({@code oms.monitor.feeds[]}) and what applies to all of them unless a
 * feed says otherwise ({@code oms.monitor.feed-defaults.*}).
 */
@Validated
@ConfigurationProperties("oms.monitor")
public record FeedProperties(List<@Valid @NotNull Feed> feeds, @DefaultValue @Valid Defaults feedDefaults) {

    static final String SECRET_REFERENCE = "env:";

    public FeedProperties {
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        // Case-insensitively: "JD-open" and "jd-open" would be two feeds an operator cannot tell apart in an alert.
        Set<String> names = new HashSet<>();
        for (Feed feed : feeds) {
            if (feed.name() != null && !names.add(feed.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("oms.monitor.feeds: two feeds are named '" + feed.name()
                        + "' (names are compared ignoring case)");
            }
        }
    }

    /**
     * @param timeout            whole-call timeout of one poll (connect, headers, body)
     * @param maxBytes           a body longer than this is cut off and the poll fails (TOO_LARGE)
     * @param blindAfter         a feed with nothing new for this long is reported blind
     * @param blindAfterFailures … and so is one that failed this many polls in a row
     * @param noticeHold         an ApiChangeNotice stays firing this long, then is resolved
     * @param include            keywords when a feed lists none; empty = the shipping defaults (签名, signature, …)
     * @param exclude            words that veto a match on every feed
     * @param userAgent          sent with every poll
     */
    public record Defaults(@DefaultValue("10s") Duration timeout, @DefaultValue("2MB") DataSize maxBytes,
            @DefaultValue("14d") Duration blindAfter, @DefaultValue("3") @Min(1) int blindAfterFailures,
            @DefaultValue("3d") Duration noticeHold, List<String> include, List<String> exclude,
            @DefaultValue("order-hub-monitor/1.0 (+api change watch)") String userAgent) {

        public Defaults {
            include = include == null || include.isEmpty() ? KeywordRules.SHIPPING_DEFAULTS : List.copyOf(include);
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
        }
    }

    /**
     * One feed. Unset limits fall back to {@link Defaults}.
     *
     * @param name       identity in state, alerts ({@code feed} label) and the job parameter
     * @param url        an RSS/Atom URL (an RSSHub route, a vendor blog) or an HTML page
     * @param kind       rss (default) or html
     * @param selector   html only: CSS selector of the part of the page whose text is compared between polls
     * @param channel    the platform the feed concerns (TAOBAO, JD, …), the {@code channel} label; blank = any
     * @param include    keywords (case-insensitive, Chinese or English); unset = the defaults'
     * @param exclude    words that veto a match, added to the defaults'
     * @param regex      further patterns (case-insensitive) that count as a match
     * @param ignore     html only: lines matching one of these patterns (case-insensitive) are left out of the
     *                   comparison, for text that changes on every poll ("更新于 1 分钟前", a visitor counter)
     * @param allowPrivateRedirects follow redirects to loopback, link-local and private addresses (refused by
     *                   default: a feed host must not be able to point the poller at the internal network)
     */
    public record Feed(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String name, @NotBlank String url,
            @DefaultValue("RSS") FeedKind kind, String selector, String channel, List<String> include,
            List<String> exclude, List<String> regex, List<String> ignore, boolean allowPrivateRedirects,
            Duration timeout, DataSize maxBytes, Duration blindAfter) {

        public Feed {
            if (kind == FeedKind.HTML && (selector == null || selector.isBlank())) {
                throw new IllegalArgumentException("oms.monitor.feeds[" + name + "].selector is required for kind html");
            }
            if (selector != null && !selector.isBlank()) {
                try {
                    QueryParser.parse(selector); // fail at start-up, like a bad regex, not on every poll
                } catch (Selector.SelectorParseException e) {
                    throw new IllegalArgumentException("oms.monitor.feeds[" + name + "].selector '" + selector
                            + "' is not a valid CSS selector: " + e.getMessage());
                }
            }
            if (url != null && !url.startsWith(SECRET_REFERENCE)) {
                httpUrl(name, url);
            }
            include = include == null ? List.of() : List.copyOf(include);
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
            regex = regex == null ? List.of() : List.copyOf(regex);
            ignore = ignore == null ? List.of() : List.copyOf(ignore);
            checkPatterns(name, "regex", regex);
            checkPatterns(name, "ignore", ignore);
            channel = channel == null || channel.isBlank() ? null : channel.trim().toUpperCase(Locale.ROOT);
        }

        /**
         * This feed's settings with the defaults filled in and an {@code env:NAME} URL resolved (a URL holding a
         * key belongs in the environment, like every other secret).
         */
        public Resolved resolve(Defaults defaults, SecretResolver secrets) {
            String property = "oms.monitor.feeds[" + name + "].url";
            String target = url.startsWith(SECRET_REFERENCE) ? secrets.resolve(url, property) : url;
            List<String> exclusions = new ArrayList<>(defaults.exclude());
            exclusions.addAll(exclude);
            return new Resolved(this, FeedAddress.of(httpUrl(name, target)),
                    timeout == null ? defaults.timeout() : timeout,
                    maxBytes == null ? defaults.maxBytes().toBytes() : maxBytes.toBytes(),
                    blindAfter == null ? defaults.blindAfter() : blindAfter, defaults.blindAfterFailures(),
                    KeywordRules.of(include.isEmpty() ? defaults.include() : include, exclusions, regex),
                    ignore.stream().map(p -> java.util.regex.Pattern.compile(p, java.util.regex.Pattern.CASE_INSENSITIVE
                            | java.util.regex.Pattern.UNICODE_CASE)).toList());
        }

        /** An http(s) URL; the error shows it masked, since a literal URL may carry a key. */
        private static HttpUrl httpUrl(String name, String url) {
            HttpUrl parsed = HttpUrl.parse(url);
            if (parsed == null) {
                throw new IllegalArgumentException("oms.monitor.feeds[" + name + "].url must be an http or https URL");
            }
            return parsed;
        }

        private static void checkPatterns(String name, String property, List<String> patterns) {
            for (String pattern : patterns) {
                try {
                    java.util.regex.Pattern.compile(pattern); // fail at start-up, naming the feed
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("oms.monitor.feeds[" + name + "]." + property + " '" + pattern
                            + "' is not a valid pattern: " + e.getDescription());
                }
            }
        }
    }

    /** A feed with its effective limits and rules, and its resolved address. */
    public record Resolved(Feed feed, FeedAddress address, Duration timeout, long maxBytes, Duration blindAfter,
            int blindAfterFailures, KeywordRules rules, List<java.util.regex.Pattern> ignore) {

        public String name() {
            return feed.name();
        }

        /** Page lines that are not volatile text the feed says to ignore. */
        public List<String> withoutIgnored(List<String> lines) {
            return lines.stream().filter(line -> ignore.stream().noneMatch(p -> p.matcher(line).find())).toList();
        }

        public String channelLabel() {
            return feed.channel() == null ? "*" : feed.channel();
        }
    }
}

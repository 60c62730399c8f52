package io.orderhub.monitor.feed;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.Severity;
import io.orderhub.common.config.OmsCommonAutoConfiguration;
import io.orderhub.common.job.InvalidJobParameterException;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.common.time.ReadableTime;
import io.orderhub.monitor.watch.AgeText;
import io.orderhub.monitor.watch.FiringAlerts;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code apiChangeWatch}: polls each configured feed, keeps the items it has not seen before, and posts an
 * {@code ApiChangeNotice} for each one whose text matches the feed's keyword rules. A feed that keeps failing, or
 * publishes nothing new for its blind-after time, is reported as {@code FeedWatchBlind{feed}}: a watcher that sees
 * nothing must not look like a platform that changes nothing.
 */
public class ApiChangeWatch {

    static final String WATCHER = "apiChangeWatch";
    private static final int DETAILS_MAX = 1500;
    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FeedProperties properties;
    private final Map<String, FeedProperties.Resolved> feeds = new LinkedHashMap<>();
    private final FeedFetcher fetcher;
    private final SyndicationParser syndication = new SyndicationParser();
    private final PageText pages = new PageText();
    private final FeedStates states;
    private final FiringAlerts alerts;
    private final Clock clock;

    /** Resolves every feed (defaults, {@code env:} URLs) now, so a missing variable fails the start. */
    public ApiChangeWatch(FeedProperties properties, SecretResolver secrets, FeedFetcher fetcher, FeedStates states,
            FiringAlerts alerts, Clock clock) {
        this.properties = properties;
        properties.feeds().forEach(f -> feeds.put(f.name(), f.resolve(properties.feedDefaults(), secrets)));
        this.fetcher = fetcher;
        this.states = states;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** What one poll of one feed came to, for the admin log. */
    record Poll(String feed, String status, int items, int fresh, int matched, boolean blind) {
    }

    public String run(ApiChangeRequest request, JobContext context) {
        List<FeedProperties.Resolved> feeds = selected(request);
        List<FiringAlerts.Scoped> blind = new ArrayList<>();
        int fresh = 0;
        int matched = 0;
        int failed = 0;
        for (FeedProperties.Resolved feed : feeds) {
            Poll poll = poll(feed, blind);
            context.log().line("feed {}: status={} items={} new={} matched={}{}", poll.feed(), poll.status(),
                    poll.items(), poll.fresh(), poll.matched(), poll.blind() ? " BLIND" : "");
            fresh += poll.fresh();
            matched += poll.matched();
            failed += poll.status().startsWith("error") ? 1 : 0;
        }
        Set<String> polled = new HashSet<>(feeds.stream().map(FeedProperties.Resolved::name).toList());
        FiringAlerts.Outcome outcome = alerts.reconcile(WATCHER, polled::contains, blind);
        int expired = alerts.resolveExpiredNotices(WATCHER);
        return "feeds=" + feeds.size() + " failed=" + failed + " new=" + fresh + " matched=" + matched + " blind="
                + blind.size() + " (" + outcome + ") notices resolved=" + expired;
    }

    private List<FeedProperties.Resolved> selected(ApiChangeRequest request) {
        for (String name : request.feeds()) {
            if (!feeds.containsKey(name)) {
                throw new InvalidJobParameterException("feeds", "no feed named '" + name + "'; configured: "
                        + feeds.keySet());
            }
        }
        return feeds.values().stream().filter(f -> request.feeds().isEmpty() || request.feeds().contains(f.name()))
                .toList();
    }

    private Poll poll(FeedProperties.Resolved feed, List<FiringAlerts.Scoped> blind) {
        Instant now = clock.instant();
        FeedStates.State state = states.load(feed.name(), now);
        String status;
        int itemCount = 0;
        int fresh = 0;
        int matched = 0;
        try {
            FeedResponse response = fetcher.fetch(feed, state.etag(), state.lastModified());
            status = String.valueOf(response.status());
            List<FeedItem> items = List.of();
            String pageText = null;
            if (!response.notModified()) {
                if (feed.feed().kind() == FeedKind.RSS) {
                    items = parseFeed(feed, response);
                } else {
                    List<String> lines = pageLines(feed, response);
                    pageText = String.join("\n", lines);
                    // The first poll of a page is the baseline: nothing on it is "new".
                    items = state.pageText() == null ? List.of() : PageText.added(
                            Arrays.asList(state.pageText().split("\n")), lines).stream()
                            .map(line -> FeedItem.of(null, line, "", null, null)).toList();
                }
            }
            itemCount = items.size();
            // Feeds repeat items across polls and sometimes repeat a guid within one document: alert once per key.
            Map<String, FeedItem> distinct = new LinkedHashMap<>();
            items.forEach(item -> distinct.putIfAbsent(item.key(), item));
            distinct.keySet().removeAll(states.seen(feed.name(), distinct.keySet()));
            Set<String> matchedKeys = new HashSet<>();
            for (Map.Entry<String, FeedItem> entry : distinct.entrySet()) {
                FeedItem item = entry.getValue();
                List<String> words = feed.rules().match(item.title() + "\n" + item.text());
                if (!words.isEmpty()) {
                    matchedKeys.add(entry.getKey());
                    alerts.notice(WATCHER, feed.name(), notice(feed, entry.getKey(), item, words, now),
                            properties.feedDefaults().noticeHold());
                }
            }
            fresh = distinct.size();
            matched = matchedKeys.size();
            states.remember(feed.name(), distinct.keySet(), matchedKeys, now);
            states.succeeded(feed.name(), now, response.etag(), response.lastModified(), fresh > 0, pageText);
            state = new FeedStates.State(null, null, state.firstPolledAt(), now,
                    fresh > 0 ? now : state.lastNewItemAt(), 0, null, null, null);
        } catch (FeedFailure failure) {
            status = "error " + failure.describe();
            states.failed(feed.name(), now, failure.describe());
            state = new FeedStates.State(null, null, state.firstPolledAt(), state.lastSuccessAt(),
                    state.lastNewItemAt(), state.consecutiveFailures() + 1,
                    state.failingSince() == null ? now : state.failingSince(), failure.describe(), null);
        }
        String blindness = blindness(feed, state, now);
        if (blindness != null) {
            blind.add(new FiringAlerts.Scoped(feed.name(), Alert.firing("FeedWatchBlind", Severity.WARNING,
                    Map.of("feed", feed.name()), "feed " + feed.name() + ": " + blindness,
                    "url: " + feed.address().shown() + "\nlast success: " + orNever(state.lastSuccessAt())
                            + "\nlast new item: " + orNever(state.lastNewItemAt()),
                    List.of(new Alert.Link(feed.name(), feed.address().shown())), now)));
        }
        return new Poll(feed.name(), status, itemCount, fresh, matched, blindness != null);
    }

    private List<FeedItem> parseFeed(FeedProperties.Resolved feed, FeedResponse response) throws FeedFailure {
        try {
            return syndication.parse(response.body(), response.contentType(), URI.create(feed.address().shown()));
        } catch (RuntimeException | StackOverflowError e) {
            throw unexpected(e);
        }
    }

    private List<String> pageLines(FeedProperties.Resolved feed, FeedResponse response) throws FeedFailure {
        try {
            return feed.withoutIgnored(pages.lines(response.body(), response.contentType(), feed.feed().selector(),
                    feed.address().shown()));
        } catch (RuntimeException | StackOverflowError e) {
            throw unexpected(e);
        }
    }

    /**
     * A document the parsers choke on in a way no check foresaw is this feed's failure, not the run's: the other
     * feeds are still polled and this one goes blind like any failing feed.
     */
    private static FeedFailure unexpected(Throwable e) {
        return new FeedFailure("UNREADABLE", e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")), e);
    }

    /** Why the feed cannot be trusted to show changes, or null if it can. */
    private static String blindness(FeedProperties.Resolved feed, FeedStates.State state, Instant now) {
        if (state.consecutiveFailures() >= feed.blindAfterFailures()) {
            return state.consecutiveFailures() + " failed polls in a row since " + wallClock(state.failingSince()) + " ("
                    + state.lastError() + ")";
        }
        Instant lastNew = state.lastNewItemAt() != null ? state.lastNewItemAt() : state.firstPolledAt();
        Duration quiet = Duration.between(lastNew, now);
        if (quiet.compareTo(feed.blindAfter()) >= 0) {
            return (state.lastNewItemAt() == null ? "nothing new since it was added " : "nothing new for ")
                    + AgeText.of(quiet) + " (limit " + AgeText.of(feed.blindAfter()) + ")"
                    + (state.consecutiveFailures() > 0 ? "; last poll failed: " + state.lastError() : "");
        }
        return null;
    }

    private static Alert notice(FeedProperties.Resolved feed, String key, FeedItem item, List<String> words,
            Instant now) {
        String channel = feed.channelLabel();
        String title = item.title().isEmpty() ? "(untitled)" : abbreviate(item.title(), 200);
        // The summary ends up as the subject of a one-alert message: it names the feed and the item.
        String summary = ("*".equals(channel) ? "" : "[" + channel + "] ") + feed.name() + ": " + title
                + " — matched " + String.join(", ", words);
        String details = "feed: " + feed.name() + "\npublished: " + (item.published() == null ? "unknown"
                : item.published()) + "\nmatched: " + String.join(", ", words) + "\nlink: "
                + (item.link() == null ? feed.address().shown() : item.link())
                + (item.text().isEmpty() ? "" : "\n\n" + abbreviate(item.text(), DETAILS_MAX));
        String link = item.link() != null && !item.link().isBlank() ? item.link() : feed.address().shown();
        return Alert.firing("ApiChangeNotice", Severity.WARNING,
                Map.of("feed", feed.name(), "channel", channel, "item", key.substring(0, 16)), summary, details,
                List.of(new Alert.Link(title, link)), now);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String orNever(Instant at) {
        return at == null ? "never" : wallClock(at);
    }

    /** As operators read times: GMT+8 wall clock, like every table and platform, with the zone said. */
    private static String wallClock(Instant at) {
        return ReadableTime.of(WALL_CLOCK, LocalDateTime.ofInstant(at, OmsCommonAutoConfiguration.PLATFORM_ZONE));
    }
}

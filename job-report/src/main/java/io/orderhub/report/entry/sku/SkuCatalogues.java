package io.orderhub.report.entry.sku;

import io.orderhub.report.entry.SkuDefinition;
import io.orderhub.report.entry.SkuMasterSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current {@link SkuCatalogue}, shared read-only by every request: built from the SKU master source on first
 * use, rebuilt by every nightly run ({@link #refresh()}) and, for the check API, when older than the configured age.
 * That age-driven rebuild runs on the {@code rebuilds} executor while requests keep being answered from the previous
 * catalogue: building 200,000 SKUs' index takes seconds, and a request thread doing it (with every other request
 * waiting on the lock) was a latency spike every {@code catalogue-max-age}. One rebuild at a time; a failed one keeps
 * the previous catalogue, is logged, and is tried again after another maximum age. While it builds, the new catalogue
 * takes the previous one's instance of every unchanged SKU row, so the two share their rows, and its deletion index
 * when the codes did not change; when they did, the second index is the extra heap (about half a catalogue's,
 * docs/entry-rules.md "Memory"). {@link #refresh()} (the nightly run) lets the previous
 * catalogue go before it builds the new one: it runs next to a run's work in job-report's 256 MB heap, so check
 * requests meanwhile wait for the new one. A failed {@link #refresh()} rethrows, so the run reports it; the next request builds anew.
 */
public class SkuCatalogues {

    private static final Logger log = LoggerFactory.getLogger(SkuCatalogues.class);

    private final Supplier<SkuMasterSource> source;
    private final int maxDistance;
    private final Duration maxAge;
    private final Clock clock;
    private final Executor rebuilds;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private volatile Loaded loaded;

    /**
     * @param source   supplies the configured source, or throws naming what is missing
     * @param rebuilds runs the rebuild of a catalogue older than {@code maxAge} (one task at a time)
     */
    public SkuCatalogues(Supplier<SkuMasterSource> source, int maxDistance, Duration maxAge, Clock clock,
            Executor rebuilds) {
        this.source = source;
        this.maxDistance = maxDistance;
        this.maxAge = maxAge;
        this.clock = clock;
        this.rebuilds = rebuilds;
    }

    /**
     * The catalogue: built here when none was built yet; when the last one is older than the maximum age, still
     * that one, while a rebuild runs in the background.
     *
     * @throws SkuCatalogueUnavailableException when there is none yet and the source cannot be read
     */
    public SkuCatalogue current() {
        Loaded now = loaded;
        if (now == null) {
            synchronized (this) {
                now = loaded;
                if (now == null) {
                    return refresh();
                }
            }
        }
        if (!now.at().plus(maxAge).isAfter(clock.instant()) && rebuilding.compareAndSet(false, true)) {
            rebuilds.execute(this::rebuildInBackground);
        }
        return now.catalogue();
    }

    private void rebuildInBackground() {
        try {
            build();
        } catch (SkuCatalogueUnavailableException e) {
            synchronized (this) {
                Loaded previous = loaded;
                loaded = new Loaded(previous.catalogue(), clock.instant()); // try again after another maximum age
            }
            log.error("SKU catalogue rebuild failed, the check API keeps the one of {} SKU(s): {}",
                    loaded.catalogue().size(), e.getMessage());
        } finally {
            rebuilding.set(false);
        }
    }

    /**
     * Rebuilds the catalogue from the source now (the nightly run does this once at its start).
     *
     * @throws SkuCatalogueUnavailableException when there is no source or reading it fails
     */
    public synchronized SkuCatalogue refresh() {
        loaded = null;
        return build();
    }

    /**
     * Builds a catalogue from the source and makes it the current one; the previous one stays current meanwhile and
     * lends the new one its rows that did not change ({@link SkuCatalogue#reuse}) and, when the codes are the same,
     * its deletion index.
     */
    private synchronized SkuCatalogue build() {
        long started = System.nanoTime();
        Loaded previous = loaded;
        SkuCatalogue catalogue;
        try {
            List<SkuDefinition> rows = new ArrayList<>();
            source.get().read(row -> rows.add(previous == null ? row : previous.catalogue().reuse(row)));
            catalogue = new SkuCatalogue(rows, maxDistance, previous == null ? null : previous.catalogue());
        } catch (RuntimeException e) {
            throw new SkuCatalogueUnavailableException("the SKU catalogue could not be built: " + e.getMessage(), e);
        }
        loaded = new Loaded(catalogue, clock.instant());
        log.info("SKU catalogue built: {} SKU(s), fuzzy index up to {} edit(s), in {} ms", catalogue.size(),
                maxDistance, (System.nanoTime() - started) / 1_000_000);
        return catalogue;
    }

    private record Loaded(SkuCatalogue catalogue, Instant at) {
    }
}

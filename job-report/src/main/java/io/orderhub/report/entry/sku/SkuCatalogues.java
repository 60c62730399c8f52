package io.orderhub.report.entry.sku;

import io.orderhub.report.entry.SkuMasterSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current {@link SkuCatalogue}: built from the SKU master source on first use, rebuilt by every nightly run
 * ({@link #refresh()}) and, for the check API, when older than the configured age. A failed rebuild keeps the
 * previous catalogue and rethrows, so the run reports it.
 */
public class SkuCatalogues {

    private static final Logger log = LoggerFactory.getLogger(SkuCatalogues.class);

    private final Supplier<SkuMasterSource> source;
    private final int maxDistance;
    private final Duration maxAge;
    private final Clock clock;
    private volatile Loaded loaded;

    /** @param source supplies the configured source, or throws naming what is missing */
    public SkuCatalogues(Supplier<SkuMasterSource> source, int maxDistance, Duration maxAge, Clock clock) {
        this.source = source;
        this.maxDistance = maxDistance;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The catalogue, rebuilt first when none was built yet or the last one is older than the maximum age. */
    public SkuCatalogue current() {
        Loaded now = loaded;
        if (now != null && now.at().plus(maxAge).isAfter(clock.instant())) {
            return now.catalogue();
        }
        synchronized (this) {
            now = loaded;
            if (now != null && now.at().plus(maxAge).isAfter(clock.instant())) {
                return now.catalogue();
            }
            return refresh();
        }
    }

    /**
     * Rebuilds the catalogue from the source now (the nightly run does this once at its start).
     *
     * @throws SkuCatalogueUnavailableException when there is no source or reading it fails
     */
    public synchronized SkuCatalogue refresh() {
        long started = System.nanoTime();
        SkuCatalogue catalogue;
        try {
            catalogue = new SkuCatalogue(source.get().load(), maxDistance);
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

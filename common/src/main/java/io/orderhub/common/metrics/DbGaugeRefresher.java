package io.orderhub.common.metrics;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.dao.DataAccessException;

/**
 * Refreshes every {@link CachedGroupedGauge} of the app once per {@code oms.metrics.db-gauge-ttl}, on one daemon
 * thread, from the moment the app is ready (the schema is migrated by then). A failed query keeps the family's last
 * snapshot and is logged at WARN on the first failure in a row only, naming the metric.
 */
public final class DbGaugeRefresher implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DbGaugeRefresher.class);

    private final List<CachedGroupedGauge> families;
    private final Duration period;
    private final boolean[] failing;
    private ScheduledExecutorService timer;

    public DbGaugeRefresher(List<CachedGroupedGauge> families, Duration period) {
        this.families = List.copyOf(families);
        this.period = period;
        this.failing = new boolean[families.size()];
    }

    @Override
    public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
        if (timer != null || families.isEmpty()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "oms-db-gauges");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::refreshAll, 0, Math.max(1, period.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** One grouped query per family. */
    public void refreshAll() {
        for (int i = 0; i < families.size(); i++) {
            CachedGroupedGauge family = families.get(i);
            try {
                family.refresh();
                failing[i] = false;
            } catch (DataAccessException e) {
                if (!failing[i]) {
                    log.warn("metric {}: reading its counts failed, keeping the last values: {}", family.name(),
                            e.getMostSpecificCause().toString());
                }
                failing[i] = true;
            }
        }
    }

    @Override
    public synchronized void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}

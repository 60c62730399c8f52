package io.orderhub.monitor.watch;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.AlertSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in used only while the application context has no {@link AlertSink} bean: alerts go to the application
 * log (WARN) so the watchers still run and nothing is silently dropped.
 */
final class LoggedAlertSink implements AlertSink {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedAlertSink.class);

    @Override
    public void post(Alert alert) {
        LOG.warn("alert {} {} {} {}: {}", alert.isResolved() ? "RESOLVED" : "FIRING", alert.severity(), alert.name(),
                alert.labels(), alert.summary());
    }
}

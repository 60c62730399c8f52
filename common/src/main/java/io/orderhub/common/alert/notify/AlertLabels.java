package io.orderhub.common.alert.notify;

import io.orderhub.common.alert.Alert;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The label set routing, silences, inhibition and the webhook see: the alert's labels plus {@code alertname}
 * (its name) and {@code severity} (lower case), as in Prometheus. An explicit label of the same name wins.
 */
public final class AlertLabels {

    public static final String ALERTNAME = "alertname";
    public static final String SEVERITY = "severity";

    private AlertLabels() {
    }

    public static SortedMap<String, String> of(Alert alert) {
        SortedMap<String, String> labels = new TreeMap<>();
        labels.put(ALERTNAME, alert.name());
        labels.put(SEVERITY, alert.severity().name().toLowerCase(Locale.ROOT));
        labels.putAll(alert.labels());
        return labels;
    }

    /** Summary and details as Alertmanager annotations (empty ones left out). */
    public static SortedMap<String, String> annotations(Alert alert) {
        SortedMap<String, String> annotations = new TreeMap<>();
        if (!alert.summary().isEmpty()) {
            annotations.put("summary", alert.summary());
        }
        if (!alert.details().isEmpty()) {
            annotations.put("details", alert.details());
        }
        return annotations;
    }
}

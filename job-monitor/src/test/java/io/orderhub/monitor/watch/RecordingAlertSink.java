package io.orderhub.monitor.watch;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.AlertSink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Keeps every posted alert, in order, for assertions. */
public final class RecordingAlertSink implements AlertSink {

    private final List<Alert> posted = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void post(Alert alert) {
        posted.add(alert);
    }

    public List<Alert> all() {
        return List.copyOf(posted);
    }

    public List<Alert> named(String name) {
        return all().stream().filter(a -> a.name().equals(name)).toList();
    }

    public List<Alert> firing(String name) {
        return named(name).stream().filter(a -> !a.isResolved()).toList();
    }

    public List<Alert> resolved(String name) {
        return named(name).stream().filter(Alert::isResolved).toList();
    }

    public void clear() {
        posted.clear();
    }
}

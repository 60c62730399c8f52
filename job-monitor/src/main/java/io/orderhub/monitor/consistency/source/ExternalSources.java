package io.orderhub.monitor.consistency.source;

import io.orderhub.common.job.RunLog;
import java.util.Optional;

/**
 * Every configured way external records arrive, staged in one order at the start of a run: CSV files dropped since
 * the last run, then same-server queries, then remote queries.
 */
public class ExternalSources {

    private final Optional<CsvFolderSource> csv;
    private final JdbcViewSource views;
    private final RemoteQuerySource remote;

    public ExternalSources(Optional<CsvFolderSource> csv, JdbcViewSource views, RemoteQuerySource remote) {
        this.csv = csv;
        this.views = views;
        this.remote = remote;
    }

    public void stage(RunLog log) {
        csv.ifPresent(source -> source.loadNewFiles(log));
        if (views.configured()) {
            views.refresh(log);
        }
        if (remote.configured()) {
            remote.refresh(log);
        }
    }
}

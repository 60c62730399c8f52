package io.orderhub.report.job;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.report.entry.report.EntryErrorReport;
import io.orderhub.report.entry.report.EntryReportRequest;
import org.springframework.stereotype.Component;

/**
 * XXL-JOB handler {@code entryErrorReport}: takes in the intake folder, updates the entry audit trail, checks the
 * day's manual entries and writes the entry-error report (docs/entries.md). Sharding broadcast: days split by shard.
 */
@Component
public class EntryErrorReportJob {

    private final XxlJobBridge bridge;
    private final EntryErrorReport report;

    public EntryErrorReportJob(XxlJobBridge bridge, EntryErrorReport report) {
        this.bridge = bridge;
        this.report = report;
    }

    @XxlJob("entryErrorReport")
    public void entryErrorReport() {
        bridge.run(EntryReportRequest.class, report::run);
    }
}

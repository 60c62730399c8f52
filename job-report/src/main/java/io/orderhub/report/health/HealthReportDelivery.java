package io.orderhub.report.health;

import io.orderhub.report.store.ReportFile;
import java.util.List;

/**
 * Sends a report's summary (headline figures, the worst shop, the download link) through the alerting core's
 * receivers: mail with the HTML summary inline, DingTalk/WeCom/Feishu markdown with the link.
 */
public interface HealthReportDelivery {

    DeliveryOutcome deliver(HealthReport report, List<ReportFile> files);

    /**
     * @param delivered receivers that accepted the summary
     * @param failures  one line per receiver that did not, with the reason (never a secret)
     */
    record DeliveryOutcome(int delivered, List<String> failures) {

        public DeliveryOutcome {
            failures = List.copyOf(failures);
        }
    }
}

package io.orderhub.report.delivery;

import io.orderhub.common.alert.AlertReceivers;
import io.orderhub.common.alert.notify.ComposedMessage;
import io.orderhub.common.alert.notify.NotificationFailure;
import io.orderhub.report.download.SignedLinks;
import io.orderhub.report.health.HealthReport;
import io.orderhub.report.health.HealthReportDelivery;
import io.orderhub.report.store.ReportFile;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a report's summary to every receiver of {@code oms.report.delivery.receivers} through the alerting core's
 * notifiers (mail: HTML inline; DingTalk/WeCom/Feishu: markdown; webhook: JSON). The links are signed download
 * links to the stored files. A receiver that fails does not stop the others; its failure is reported with the
 * notifier's reason, which never holds a webhook key or signing secret.
 */
public class ReceiverDelivery implements HealthReportDelivery {

    private static final Logger log = LoggerFactory.getLogger(ReceiverDelivery.class);

    private final AlertReceivers receivers;
    private final SummaryMessage message;
    private final SignedLinks links;

    public ReceiverDelivery(AlertReceivers receivers, SummaryMessage message, SignedLinks links) {
        this.receivers = receivers;
        this.message = message;
        this.links = links;
    }

    @Override
    public DeliveryOutcome deliver(HealthReport report, List<ReportFile> files) {
        if (receivers.names().isEmpty()) {
            return new DeliveryOutcome(0, List.of());
        }
        List<ReportSummary.LinkedFile> linked = files.stream()
                .map(f -> new ReportSummary.LinkedFile(f.name(), f.bytes(), links.linkTo(f.name()))).toList();
        ComposedMessage composed = message.compose(ReportSummary.of(report, reportLink(linked), linked));
        int delivered = 0;
        List<String> failures = new ArrayList<>();
        for (String name : receivers.names()) {
            try {
                receivers.notifier(name).sendComposed(composed);
                delivered++;
            } catch (NotificationFailure e) {
                failures.add(e.getMessage());
                log.warn("report summary {} – {} not delivered: {}", report.from(), report.to(), e.getMessage());
            } catch (UnsupportedOperationException e) {
                failures.add("receiver " + name + ": UNSUPPORTED: " + e.getMessage());
            }
        }
        return new DeliveryOutcome(delivered, failures);
    }

    /** The HTML report when there is one (what people open first), else the first file, else the index. */
    private URI reportLink(List<ReportSummary.LinkedFile> files) {
        return files.stream().filter(f -> f.name().endsWith(".html")).findFirst()
                .or(() -> files.stream().findFirst())
                .map(ReportSummary.LinkedFile::link)
                .orElseGet(links::linkToIndex);
    }
}

package io.orderhub.report.delivery;

import io.orderhub.common.alert.notify.ComposedMessage;
import io.orderhub.common.alert.notify.NotificationText;
import io.orderhub.common.time.ReadableTime;
import io.orderhub.report.health.MaturityAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Composes a report summary once for every receiver: the subject, the e-mail's HTML (Thymeleaf template
 * {@code templates/delivery/summary.html}, every value escaped by the engine) and plain text, and IM markdown
 * (escaped, short enough for WeCom's 4,096-byte limit) with the signed link.
 */
public class SummaryMessage {

    static final String TEMPLATE = "summary";

    private final TemplateEngine templates;

    public SummaryMessage(TemplateEngine templates) {
        this.templates = templates;
    }

    /** One headline figure as it reads. */
    public record Headline(String label, String value) {
    }

    public ComposedMessage compose(ReportSummary summary) {
        String subject = "order-hub health report " + summary.from() + " – " + summary.to();
        List<Headline> headlines = headlines(summary);
        String worst = worstShop(summary);
        return new ComposedMessage(subject, plainText(subject, summary, headlines, worst),
                html(subject, summary, headlines, worst), markdown(subject, summary, headlines, worst));
    }

    static List<Headline> headlines(ReportSummary summary) {
        List<Headline> lines = new ArrayList<>();
        lines.add(new Headline("Orders", Long.toString(summary.orders())));
        lines.add(new Headline("On-time shipping (准时发货率)", percent(summary.onTimeRate(), "nothing due")));
        lines.add(new Headline("State accuracy (状态准确率)", summary.accuracy().describe()));
        lines.add(new Headline("Exception ratio (异常占比)", percent(summary.exceptionRatio(), "no orders")));
        lines.add(new Headline("Refund rate", percent(summary.refundRate(), "no orders")));
        summary.maturity().ifPresent(m -> lines.add(new Headline("Maturity score", maturity(m))));
        return lines;
    }

    static String worstShop(ReportSummary summary) {
        return summary.worstShop().map(shop -> shop.channel() + " " + shop.shopId() + ": on-time "
                        + percent(Optional.of(shop.onTimeRate()), "") + " of " + shop.due() + " due orders, exception ratio "
                        + percent(Optional.of(shop.exceptionRatio()), ""))
                .orElse("none (no shop had an order due)");
    }

    private String html(String subject, ReportSummary summary, List<Headline> headlines, String worst) {
        Context context = new Context(Locale.ROOT);
        context.setVariable("subject", subject);
        context.setVariable("generatedAt", ReadableTime.of(summary.generatedAt()));
        context.setVariable("headlines", headlines);
        context.setVariable("worstShop", worst);
        context.setVariable("reportLink", summary.reportLink().toString());
        context.setVariable("files", summary.files());
        context.setVariable("actions", summary.maturity().map(MaturityAssessment::topActions).orElse(List.of()));
        return templates.process(TEMPLATE, context);
    }

    private static String plainText(String subject, ReportSummary summary, List<Headline> headlines, String worst) {
        StringBuilder out = new StringBuilder(subject).append("\n")
                .append("generated ").append(ReadableTime.of(summary.generatedAt())).append("\n\n");
        headlines.forEach(h -> out.append(h.label()).append(": ").append(h.value()).append('\n'));
        out.append("Worst shop: ").append(worst).append("\n\n");
        out.append("Report: ").append(summary.reportLink()).append('\n');
        summary.files().forEach(f -> out.append("  ").append(f.name()).append(": ").append(f.link()).append('\n'));
        return out.toString();
    }

    private static String markdown(String subject, ReportSummary summary, List<Headline> headlines, String worst) {
        StringBuilder out = new StringBuilder("### ").append(escape(subject)).append("\n\n");
        headlines.forEach(h -> out.append("- **").append(escape(h.label())).append("**: ").append(escape(h.value()))
                .append('\n'));
        out.append("- **Worst shop**: ").append(escape(worst)).append("\n\n");
        out.append("[Open the report](").append(NotificationText.markdownUrl(summary.reportLink().toString()))
                .append(")\n\n");
        out.append(escape("generated " + ReadableTime.of(summary.generatedAt()))).append('\n');
        return out.toString();
    }

    private static String maturity(MaturityAssessment assessment) {
        return assessment.total() + "/20, " + assessment.band();
    }

    private static String percent(Optional<Double> fraction, String none) {
        return fraction.map(f -> String.format(Locale.ROOT, "%.1f %%", 100 * f)).orElse(none);
    }

    private static String escape(String text) {
        return NotificationText.escapeMarkdown(text);
    }
}

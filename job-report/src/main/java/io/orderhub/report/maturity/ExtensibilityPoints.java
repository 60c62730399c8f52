package io.orderhub.report.maturity;

import static io.orderhub.report.maturity.FigureText.duration;
import static io.orderhub.report.maturity.MaturityPoints.point;

import io.orderhub.report.health.MaturityAssessment.MaturityDimension;
import java.util.List;

/** Extensibility: channels configured and with orders, the newest channel's onboarding time. */
final class ExtensibilityPoints {

    private final MaturityProperties.Extensibility thresholds;

    ExtensibilityPoints(MaturityProperties.Extensibility thresholds) {
        this.thresholds = thresholds;
    }

    MaturityDimension score(MaturityFigures.Extensibility f) {
        String channelsFigure = f.channelsConfigured() + " channels";
        String newest = f.newestChannel().orElse("none");
        String onboardingFigure = f.newestOnboarding().map(d -> duration(d) + " (" + newest + ")").orElse(null);
        String notSynced = f.newestChannel().isEmpty() ? "no shop configured"
                : newest + " has no sync run that brought orders yet";
        String onboardingAction = "make adding a channel faster: shop onboarding command, credential proof, a first"
                + " sync right after";
        long onboarded = f.newestOnboarding().map(java.time.Duration::toSeconds).orElse(Long.MAX_VALUE);
        return new MaturityDimension("extensibility", List.of(
                point("channels with an enabled shop", channelsFigure, null, "≥ " + thresholds.channels(),
                        f.channelsConfigured() >= thresholds.channels(), "onboard another channel's shops"),
                point("channels with an enabled shop (advanced)", channelsFigure, null, "≥ " + thresholds.channelsAdvanced(),
                        f.channelsConfigured() >= thresholds.channelsAdvanced(), "onboard the remaining channels"),
                point("configured channels with orders in the range",
                        f.channelsConfigured() == 0 ? null : f.channelsWithOrders() + " of " + f.channelsConfigured(),
                        "no channel configured", "all of them",
                        f.channelsConfigured() > 0 && f.channelsWithOrders() >= f.channelsConfigured(),
                        "find why a configured channel brings no orders (sync failing, shop idle)"),
                point("newest channel: first shop row → first synced order", onboardingFigure, notSynced,
                        "≤ " + duration(thresholds.onboarding()), onboarded <= thresholds.onboarding().toSeconds(), onboardingAction),
                point("newest channel: first shop row → first synced order (advanced)", onboardingFigure, notSynced,
                        "≤ " + duration(thresholds.onboardingAdvanced()), onboarded <= thresholds.onboardingAdvanced().toSeconds(),
                        onboardingAction)));
    }
}

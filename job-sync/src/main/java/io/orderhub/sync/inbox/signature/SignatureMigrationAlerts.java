package io.orderhub.sync.inbox.signature;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.AlertSink;
import io.orderhub.common.alert.Severity;
import io.orderhub.common.order.Channel;
import io.orderhub.common.time.ReadableTime;
import io.orderhub.sync.channel.taobao.TaobaoSigner.Method;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CRITICAL {@code SignatureMigration{channel,shop}} alert (on-call route): what a probe proved and the exact
 * {@code signatureAdopt} parameter that approves it; resolved, with the replay's figures, once a method is adopted.
 */
@Component
public class SignatureMigrationAlerts {

    static final String ALERT_NAME = "SignatureMigration";
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AlertSink alerts;
    private final Clock clock;

    public SignatureMigrationAlerts(AlertSink alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    /** The {@code signatureAdopt} parameter that switches the shop to {@code method}. */
    static String adoptParameter(String shopId, String method) {
        return JSON.writeValueAsString(JSON.createObjectNode().put("shop", shopId).put("method", method));
    }

    /** Posts the proposal (or the refusal) a probe reached; ADOPTED is announced by {@link #adopted} instead. */
    public void proposal(Channel channel, String shopId, SignatureEvidence evidence, ProbeOutcome outcome,
            boolean proven, long proofId) {
        String shop = channel + "/" + shopId;
        int sampled = evidence.sample().size();
        String summary;
        String details;
        if (!proven) {
            summary = shop + " pushes verify under no documented algorithm with the shop's secret ("
                    + evidence.verifiedUnderNone() + " of " + sampled + " sampled); configured "
                    + evidence.configured().wireName() + ". Forged pushes or a changed app secret: nothing adopted";
            details = "Check the shop's app secret with the platform; forged pushes stay held."
                    + evidence.candidate().map(m -> " " + evidence.verifiedUnder(m) + " sampled verify under "
                            + m.wireName() + " (not enough to prove it).").orElse("");
        } else {
            Method candidate = evidence.candidate().get();
            summary = shop + " pushes verify under " + candidate.wireName() + " (" + evidence.verifiedUnder(candidate)
                    + " of " + sampled + " sampled since "
                    + ReadableTime.of(CLOCK_TIME, evidence.firstUnder(candidate).orElseThrow()) + "); configured "
                    + evidence.configured().wireName() + ". Approve: run signatureAdopt "
                    + adoptParameter(shopId, candidate.wireName());
            details = switch (outcome) {
                case DOWNGRADE -> candidate.wireName() + " is weaker than " + evidence.configured().wireName()
                        + ": never adopted automatically; approve only if the platform announced it.";
                case UNVERIFIABLE -> evidence.verifiedUnderNone() + " of " + sampled + " sampled pushes verify under "
                        + "no algorithm (someone without the shop's secret is sending too): not adopted "
                        + "automatically; after approval those stay held.";
                default -> "Approving switches channel_shop.callback_sign_method and replays the held pushes.";
            };
        }
        details += "\nproof: signature_proof #" + proofId + " (message ids and receipt times)";
        alerts.post(Alert.firing(ALERT_NAME, Severity.CRITICAL, labels(channel, shopId), summary, details, List.of(),
                clock.instant()));
    }

    /** The resolved notice after a switch and its replay, with the figures. */
    public void adopted(Channel channel, String shopId, String from, String to, String changedBy, Long proofId,
            int held, InboxReplayFigures figures) {
        String summary = channel + "/" + shopId + " callback_sign_method " + from + " -> " + to + " (" + changedBy
                + (proofId == null ? "" : ", proof #" + proofId) + "): held " + held + ", replayed "
                + figures.replayed() + ", applied " + figures.applied() + ", duplicates " + figures.duplicates();
        String details = "changed at " + ReadableTime.of(clock.instant()) + "; undo: signatureRevert "
                + JSON.writeValueAsString(JSON.createObjectNode().put("shop", shopId));
        alerts.post(Alert.firing(ALERT_NAME, Severity.CRITICAL, labels(channel, shopId), summary, details, List.of(),
                clock.instant()).resolvedAt(clock.instant()));
    }

    /** Resolves the alert of a shop whose pushes are no longer held (fixed another way, e.g. by hand and inboxReplay). */
    public void cleared(Channel channel, String shopId) {
        alerts.post(Alert.firing(ALERT_NAME, Severity.CRITICAL, labels(channel, shopId), channel + "/" + shopId
                + ": no push is held SIGNATURE_MISMATCH any more; nothing adopted by signatureProbe", "", List.of(),
                clock.instant()).resolvedAt(clock.instant()));
    }

    /** Figures of the replay that followed a switch. */
    public record InboxReplayFigures(int replayed, int applied, int duplicates) {
    }

    private static Map<String, String> labels(Channel channel, String shopId) {
        return Map.of("channel", channel.name(), "shop", shopId);
    }
}

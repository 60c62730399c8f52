package io.orderhub.sync.inbox.signature;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.order.Channel;
import io.orderhub.common.secret.MissingSecretException;
import io.orderhub.sync.channel.taobao.TaobaoPushVerifier;
import io.orderhub.sync.channel.taobao.TaobaoSigner.Method;
import io.orderhub.sync.shop.ChannelShopRow;
import io.orderhub.sync.shop.ShopDirectory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * {@code signatureProbe} (every minute): for each shop with pushes held SIGNATURE_MISMATCH, re-verifies the newest
 * distinct ones with the shop's own secret under every documented algorithm ({@link SignatureEvidence} decides),
 * stores the proof, and proposes the switch (CRITICAL alert) or — auto-adopt on, not a downgrade, nothing
 * unverifiable — adopts it and replays ({@link SignatureAdoption}). Never logs a secret or a signature.
 */
@Service
@EnableConfigurationProperties(SignatureMigrationProperties.class)
public class SignatureProbe {

    private static final Channel CHANNEL = Channel.TAOBAO;

    private final SignatureProofStore store;
    private final ShopDirectory shops;
    private final TaobaoPushVerifier verifier;
    private final SignatureAdoption adoption;
    private final SignatureMigrationAlerts alerts;
    private final SignatureMigrationProperties settings;
    private final Clock clock;

    public SignatureProbe(SignatureProofStore store, ShopDirectory shops, TaobaoPushVerifier verifier,
            SignatureAdoption adoption, SignatureMigrationAlerts alerts, SignatureMigrationProperties settings,
            Clock clock) {
        this.store = store;
        this.shops = shops;
        this.verifier = verifier;
        this.adoption = adoption;
        this.alerts = alerts;
        this.settings = settings;
        this.clock = clock;
    }

    public String run(SignatureProbeRequest request, JobContext context) {
        Map<ProbeOutcome, Integer> outcomes = new EnumMap<>(ProbeOutcome.class);
        for (String shopId : store.shopsWithHeldPushes(CHANNEL)) {
            if (!request.shops().isEmpty() && !request.shops().contains(shopId)) {
                continue;
            }
            Optional<ChannelShopRow> shop = shops.find(CHANNEL, shopId);
            if (shop.isEmpty()) {
                continue;
            }
            outcomes.merge(probe(shop.get(), context), 1, Integer::sum);
        }
        int cleared = clearResolvedEpisodes(request);
        String summary = "shops probed: " + outcomes + (cleared == 0 ? "" : ", alerts cleared: " + cleared);
        context.log().line("signature probe: {}", summary);
        return summary;
    }

    private ProbeOutcome probe(ChannelShopRow shop, JobContext context) {
        String label = CHANNEL + "/" + shop.shopId;
        Optional<Method> configured = Method.ofWireName(shop.callbackSignMethod);
        if (configured.isEmpty()) {
            context.log().line("{}: callback_sign_method '{}' is no documented algorithm; not probed", label,
                    shop.callbackSignMethod);
            return ProbeOutcome.NOT_PROVEN;
        }
        List<SampledPush> sample = new ArrayList<>();
        try {
            for (SignatureProofStore.HeldPush push : store.heldSample(CHANNEL, shop.shopId, settings.sampleSize())) {
                sample.add(new SampledPush(push.inboxId(), push.messageId(), push.receivedAt(),
                        verifier.algorithmsVerifying(shop, push.body())));
            }
        } catch (MissingSecretException e) {
            context.log().line("{}: not probed, {}", label, e.getMessage());
            return ProbeOutcome.NOT_PROVEN;
        }
        SignatureEvidence evidence = new SignatureEvidence(configured.get(), sample);
        ProbeOutcome outcome = evidence.decide(settings.minProofs(), settings.minSpan(), autoAdopts(shop, evidence));
        context.log().line("{}: {} sampled, configured {} verifies {}, candidate {} verifies {}, none {} -> {}", label,
                sample.size(), configured.get().wireName(), evidence.verifiedUnder(configured.get()),
                evidence.candidate().map(Method::wireName).orElse("-"),
                evidence.candidate().map(evidence::verifiedUnder).orElse(0), evidence.verifiedUnderNone(), outcome);
        if (outcome == ProbeOutcome.NOT_PROVEN) {
            return outcome;
        }
        long proofId = store.saveProof(CHANNEL, shop.shopId, evidence, outcome, LocalDateTime.now(clock));
        if (outcome == ProbeOutcome.ADOPTED) {
            adoption.adoptProven(shop, evidence.candidate().orElseThrow(), proofId, context);
        } else {
            alerts.proposal(CHANNEL, shop.shopId, evidence, outcome,
                    evidence.isProven(settings.minProofs(), settings.minSpan()), proofId);
        }
        return outcome;
    }

    /** Shops with an open proof and no held push any more (fixed another way): their alert is resolved. */
    private int clearResolvedEpisodes(SignatureProbeRequest request) {
        int cleared = 0;
        for (String shopId : store.shopsWithOpenProofs(CHANNEL)) {
            if ((request.shops().isEmpty() || request.shops().contains(shopId)) && store.countHeld(CHANNEL, shopId) == 0
                    && store.resolveProofs(CHANNEL, shopId, LocalDateTime.now(clock)) > 0) {
                alerts.cleared(CHANNEL, shopId);
                cleared++;
            }
        }
        return cleared;
    }

    /**
     * Auto-adopt as configured, except back to a method an operator moved the shop away from (a revert): the
     * operator decided against it, so the suite only proposes it again.
     */
    private boolean autoAdopts(ChannelShopRow shop, SignatureEvidence evidence) {
        if (!settings.autoAdopts(CHANNEL.name(), shop.shopId) || evidence.candidate().isEmpty()) {
            return false;
        }
        String candidate = evidence.candidate().get().wireName();
        return store.latestChange(CHANNEL, shop.shopId)
                .filter(change -> change.byOperator() && change.fromMethod().equalsIgnoreCase(candidate))
                .isEmpty();
    }
}

package io.orderhub.sync.inbox.signature;

import io.orderhub.common.job.InvalidJobParameterException;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.order.Channel;
import io.orderhub.sync.channel.taobao.TaobaoSigner.Method;
import io.orderhub.sync.inbox.InboxReason;
import io.orderhub.sync.inbox.InboxReplay;
import io.orderhub.sync.inbox.InboxReplayRequest;
import io.orderhub.sync.inbox.InboxSource;
import io.orderhub.sync.shop.ChannelShopRow;
import io.orderhub.sync.shop.ShopDirectory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Switches a shop's push algorithm ({@code channel_shop.callback_sign_method}) and replays its held pushes, the
 * same replay as {@code inboxReplay}; audited in {@code signature_method_change} and announced as the resolved
 * {@code SignatureMigration} alert with the figures. Reached by an operator ({@code signatureAdopt},
 * {@code signatureRevert}) or by {@link SignatureProbe} where auto-adopt is on.
 */
@Service
public class SignatureAdoption {

    /** {@code changed_by} of a change the suite made on its own. */
    public static final String AUTO = "auto: signatureProbe";
    static final String OPERATOR_ADOPT = "operator: signatureAdopt";
    static final String OPERATOR_REVERT = "operator: signatureRevert";
    /** Pushes carry Taobao's TOP signature; the only push source with several documented algorithms. */
    private static final Channel CHANNEL = Channel.TAOBAO;

    private final ShopDirectory shops;
    private final SignatureProofStore store;
    private final InboxReplay replay;
    private final SignatureMigrationAlerts alerts;
    private final TransactionTemplate tx;
    private final Clock clock;

    public SignatureAdoption(ShopDirectory shops, SignatureProofStore store, InboxReplay replay,
            SignatureMigrationAlerts alerts, TransactionTemplate tx, Clock clock) {
        this.shops = shops;
        this.store = store;
        this.replay = replay;
        this.alerts = alerts;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * {@code signatureAdopt}: the operator's approval of a proposal (or of any documented algorithm: the operator's
     * call), linked in the audit to the shop's newest proof of that algorithm when there is one.
     */
    public String adopt(SignatureAdoptRequest request, JobContext context) {
        Method method = Method.ofWireName(request.method()).orElseThrow(() -> new InvalidJobParameterException(
                "method", "'" + request.method() + "' is no documented algorithm; one of "
                        + Arrays.stream(Method.values()).map(Method::wireName).toList()));
        ChannelShopRow shop = shop(request.shop());
        return switchTo(shop, method, OPERATOR_ADOPT,
                store.latestProofOf(CHANNEL, shop.shopId, method.wireName()).orElse(null), context);
    }

    /** {@code signatureRevert}: undoes the shop's latest recorded change (back to the method it replaced). */
    public String revert(SignatureRevertRequest request, JobContext context) {
        ChannelShopRow shop = shop(request.shop());
        SignatureProofStore.MethodChange last = store.latestChange(CHANNEL, shop.shopId).orElseThrow(() ->
                new InvalidJobParameterException("shop", "no signature method change recorded for " + CHANNEL + "/"
                        + shop.shopId));
        Method back = Method.ofWireName(last.fromMethod()).orElseThrow(() -> new InvalidJobParameterException("shop",
                "change #" + last.id() + " came from '" + last.fromMethod() + "', no documented algorithm"));
        return switchTo(shop, back, OPERATOR_REVERT + " #" + last.id(), null, context);
    }

    /** The automatic adoption of a proven candidate. */
    String adoptProven(ChannelShopRow shop, Method method, long proofId, JobContext context) {
        return switchTo(shop, method, AUTO, proofId, context);
    }

    private String switchTo(ChannelShopRow shop, Method to, String changedBy, Long proofId, JobContext context) {
        String from = shop.callbackSignMethod;
        if (to.wireName().equalsIgnoreCase(from)) {
            throw new InvalidJobParameterException("method", CHANNEL + "/" + shop.shopId + " is already configured for "
                    + from);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int held = store.countHeld(CHANNEL, shop.shopId);
        long changeId = tx.execute(status -> {
            shops.changeCallbackSignMethod(CHANNEL, shop.shopId, to.wireName(), now);
            store.resolveProofs(CHANNEL, shop.shopId, now);
            return store.recordChange(CHANNEL, shop.shopId, from, to.wireName(), changedBy, proofId, now);
        });
        InboxReplay.Result result = replay.replay(new InboxReplayRequest(null, List.of(InboxSource.TAOBAO_PUSH),
                List.of(CHANNEL), List.of(shop.shopId), List.of(InboxReason.SIGNATURE_MISMATCH), null, null, null),
                context);
        store.recordReplay(changeId, held, result.examined(), result.processed().applied(), result.duplicates());
        alerts.adopted(CHANNEL, shop.shopId, from, to.wireName(), changedBy, proofId, held,
                new SignatureMigrationAlerts.InboxReplayFigures(result.examined(), result.processed().applied(),
                        result.duplicates()));
        String summary = CHANNEL + "/" + shop.shopId + " " + from + " -> " + to.wireName() + " by " + changedBy
                + " (change #" + changeId + (proofId == null ? "" : ", proof #" + proofId) + "): held=" + held
                + " replay: " + result.summary();
        context.log().line("signature migration: {}", summary);
        return summary;
    }

    private ChannelShopRow shop(String shopId) {
        return shops.find(CHANNEL, shopId).orElseThrow(() -> new InvalidJobParameterException("shop",
                "no " + CHANNEL + " shop '" + shopId + "' in channel_shop"));
    }
}

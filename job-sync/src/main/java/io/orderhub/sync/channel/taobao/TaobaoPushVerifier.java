package io.orderhub.sync.channel.taobao;

import io.orderhub.common.order.Channel;
import io.orderhub.common.secret.MissingSecretException;
import io.orderhub.sync.channel.taobao.TaobaoSigner.Method;
import io.orderhub.sync.inbox.InboundMessage;
import io.orderhub.sync.inbox.InboxReason;
import io.orderhub.sync.inbox.InboxSource;
import io.orderhub.sync.inbox.MessageVerifier;
import io.orderhub.sync.inbox.SentAt;
import io.orderhub.sync.inbox.UrlEncodedForm;
import io.orderhub.sync.inbox.Verdict;
import io.orderhub.sync.shop.ChannelShopRow;
import io.orderhub.sync.shop.ShopDirectory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Verifies a Taobao-style order push (form parameters signed with the TOP rule) against the algorithm configured
 * for the shop in {@code channel_shop.callback_sign_method} — never the one the message claims in its own
 * {@code sign_method}: after the platform switched algorithms, a receiver that trusted the claim would accept
 * anything. The shop's legacy algorithm is accepted only until {@code callback_legacy_until}, and says so.
 */
@Component
public class TaobaoPushVerifier implements MessageVerifier {

    private final ShopDirectory shops;

    public TaobaoPushVerifier(ShopDirectory shops) {
        this.shops = shops;
    }

    @Override
    public InboxSource source() {
        return InboxSource.TAOBAO_PUSH;
    }

    @Override
    public Verdict verify(InboundMessage message) {
        String shopId = message.target();
        TreeMap<String, String> params;
        try {
            params = UrlEncodedForm.parse(message.body());
        } catch (IllegalArgumentException e) {
            return held(shopId, null, null, InboxReason.MALFORMED, "body: " + e.getMessage());
        }
        String messageId = params.get("message_id");
        String claimed = params.get("sign_method");
        Optional<ChannelShopRow> found = shops.find(Channel.TAOBAO, shopId);
        if (found.isEmpty()) {
            return held(shopId, messageId, claimed, InboxReason.UNKNOWN_SHOP, "no channel_shop row TAOBAO/" + shopId);
        }
        ChannelShopRow shop = found.get();
        if (messageId == null || messageId.isBlank()) {
            return held(shopId, null, claimed, InboxReason.MALFORMED, "message_id: missing");
        }
        String sign = params.remove("sign");
        if (sign == null || sign.isBlank()) {
            return held(shopId, messageId, claimed, InboxReason.SIGNATURE_MISSING, "sign: missing");
        }
        if (!shop.appKey.equals(params.get("app_key"))) {
            return held(shopId, messageId, claimed, InboxReason.APP_MISMATCH,
                    "app_key: '" + params.get("app_key") + "' is not the shop's app key");
        }
        String secret;
        try {
            secret = shops.secret(shop, shop.appSecretRef, "app_secret_ref");
        } catch (MissingSecretException e) {
            return held(shopId, messageId, claimed, InboxReason.CONFIGURATION, e.getMessage());
        }
        Optional<Method> configured = Method.ofWireName(shop.callbackSignMethod);
        if (configured.isEmpty()) {
            return held(shopId, messageId, claimed, InboxReason.SIGNATURE_MISMATCH,
                    "channel_shop.callback_sign_method: unknown algorithm '" + shop.callbackSignMethod + "'");
        }
        boolean legacy = false;
        Method verifiedWith = configured.get();
        if (!matches(configured.get(), params, secret, sign)) {
            Optional<Method> legacyMethod = legacyMethod(shop, message.receivedAt());
            if (legacyMethod.isPresent() && matches(legacyMethod.get(), params, secret, sign)) {
                legacy = true;
                verifiedWith = legacyMethod.get();
            } else {
                return held(shopId, messageId, claimed, InboxReason.SIGNATURE_MISMATCH,
                        "sign: does not match the shop's algorithm " + configured.get().wireName()
                                + legacyMethod.map(m -> " nor its legacy " + m.wireName()).orElse("")
                                + " (message claims sign_method=" + claimed + ")");
            }
        }
        Optional<LocalDateTime> sentAt = timestamp(params.get("timestamp"));
        if (sentAt.isEmpty()) {
            return held(shopId, messageId, claimed, InboxReason.MALFORMED,
                    "timestamp: '" + params.get("timestamp") + "' is not yyyy-MM-dd HH:mm:ss");
        }
        if (!SentAt.fresh(sentAt.get(), message.receivedAt(), SentAt.DEFAULT_TOLERANCE)) {
            return held(shopId, messageId, claimed, InboxReason.STALE_TIMESTAMP,
                    "timestamp: " + params.get("timestamp") + " is more than 10 minutes from our receipt at "
                            + message.receivedAt().withNano(0));
        }
        if (!params.containsKey("content")) {
            return held(shopId, messageId, claimed, InboxReason.MALFORMED, "content: missing");
        }
        return Verdict.verified(Channel.TAOBAO, shopId, null, messageId, verifiedWith.wireName(), legacy);
    }

    /**
     * The documented algorithms under which a stored push's signature verifies with the shop's own app secret, for
     * signature migrations: every algorithm is tried, each compared in constant time. Empty for a push without a
     * signature or with a malformed body. Throws {@link MissingSecretException} when the shop's secret is not set.
     */
    public Set<Method> algorithmsVerifying(ChannelShopRow shop, String body) {
        TreeMap<String, String> params;
        try {
            params = UrlEncodedForm.parse(body);
        } catch (IllegalArgumentException e) {
            return Set.of();
        }
        String sign = params.remove("sign");
        if (sign == null || sign.isBlank()) {
            return Set.of();
        }
        String secret = shops.secret(shop, shop.appSecretRef, "app_secret_ref");
        Set<Method> verifying = EnumSet.noneOf(Method.class);
        for (Method method : Method.values()) {
            if (matches(method, params, secret, sign)) {
                verifying.add(method);
            }
        }
        return verifying;
    }

    private static boolean matches(Method method, TreeMap<String, String> params, String secret, String sign) {
        String expected = TaobaoSigner.signature(method, params, secret);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                sign.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static Optional<Method> legacyMethod(ChannelShopRow shop, LocalDateTime receivedAt) {
        if (shop.callbackLegacySignMethod == null || shop.callbackLegacyUntil == null
                || !receivedAt.isBefore(shop.callbackLegacyUntil)) {
            return Optional.empty();
        }
        return Method.ofWireName(shop.callbackLegacySignMethod);
    }

    private static Optional<LocalDateTime> timestamp(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text, TaobaoSigner.TIMESTAMP_TEXT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Verdict held(String shopId, String messageId, String claimed, InboxReason reason, String detail) {
        return Verdict.held(Channel.TAOBAO, shopId, null, messageId, claimed, reason, detail);
    }
}

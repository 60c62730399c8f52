package io.orderhub.sync.shop.onboarding;

import io.orderhub.sync.channel.ChannelAdapters;
import io.orderhub.sync.channel.MalformedPageException;
import io.orderhub.sync.channel.OrderPage;
import io.orderhub.sync.channel.PlatformError;
import io.orderhub.sync.channel.PlatformException;
import io.orderhub.sync.channel.ShopCredentials;
import io.orderhub.sync.channel.ShopSession;
import io.orderhub.sync.channel.TimeWindow;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The cheapest authenticated call that proves a shop's credentials before it is enabled: the order list the sync
 * itself reads, over the last minute, page size 1, through the same adapter, signer and error reading as the sync.
 * A platform that answers with an order list accepted the app key, the signature (so the secret) and the token.
 */
final class CredentialProof {

    private final ChannelAdapters adapters;
    private final Clock clock;

    CredentialProof(ChannelAdapters adapters, Clock clock) {
        this.adapters = adapters;
        this.clock = clock;
    }

    /** What the platform answered, for the operator; throws naming the platform's code when it refused. */
    String prove(ShopCredentials credentials) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        TimeWindow lastMinute = new TimeWindow(now.minusMinutes(1), now);
        try {
            OrderPage page = adapters.of(credentials.channel())
                    .fetchPage(ShopSession.of(credentials), lastMinute, 1, 1);
            return "credentials accepted by " + credentials.gateway() + " (order list " + lastMinute + " GMT+8: "
                    + page.total() + " order(s))";
        } catch (PlatformException e) {
            PlatformError error = e.error();
            throw new ShopCommandException(credentials.label() + ": " + credentials.gateway() + " refused the"
                    + " credentials: " + error.kind() + ", platform code " + error.code() + ": " + error.message()
                    + " — " + hint(error));
        } catch (MalformedPageException e) {
            throw new ShopCommandException(credentials.label() + ": " + credentials.gateway() + " did not answer with a "
                    + credentials.channel() + " order list (" + e.getMessage() + "); is --api-base-url that platform's"
                    + " gateway?");
        }
    }

    private static String hint(PlatformError error) {
        return switch (error.kind()) {
            case SIGNATURE_REJECTED -> "the app secret behind --app-secret-ref is not this app key's (Taobao: also"
                    + " check oms.sync.taobao-sign-method)";
            case TOKEN_EXPIRED -> "the access token behind --access-token-ref is expired, revoked or not this app's:"
                    + " re-authorise the shop";
            case CLOCK_SKEW -> "this machine's clock is off by more than the platform allows";
            case INVALID_REQUEST -> "check --app-key and --api-base-url";
            case RATE_LIMITED, UNAVAILABLE, UNKNOWN -> "nothing proven yet; try again later";
        };
    }
}

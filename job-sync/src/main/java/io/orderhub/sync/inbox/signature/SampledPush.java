package io.orderhub.sync.inbox.signature;

import io.orderhub.sync.channel.taobao.TaobaoSigner.Method;
import java.time.LocalDateTime;
import java.util.Set;

/** One held push re-verified with the shop's own secret: the documented algorithms its signature verifies under. */
public record SampledPush(long inboxId, String messageId, LocalDateTime receivedAt, Set<Method> verifiesUnder) {

    public SampledPush {
        verifiesUnder = Set.copyOf(verifiesUnder);
    }
}

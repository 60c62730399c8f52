package io.orderhub.sandbox.generator;

import io.orderhub.sandbox.Channel;

/**
 * Which lifecycle steps a platform can show, so that every generated state maps onto a real platform status.
 * JD and PDD list orders only once paid (JD shows a cancelled unpaid order when it is cancelled); PDD has no
 * "completed" or "cancelled" status; JD and Douyin have no "delivered" one; only JD reports orders on hold.
 * JD presale orders have no deposit stage here: JD lists an order once it is paid, so the first listing is already
 * past the deposit.
 */
record Lifecycle(boolean unpaidVisible, boolean partialShipping, boolean delivery, boolean completion,
                 boolean cancellation, boolean hold, boolean lineRefunds, boolean presale) {

    static Lifecycle of(Channel channel) {
        return switch (channel) {
            case TAOBAO -> new Lifecycle(true, true, true, true, true, false, true, true);
            case JD -> new Lifecycle(false, false, false, true, true, true, true, true);
            case DOUYIN -> new Lifecycle(true, true, false, true, true, false, true, true);
            case PDD -> new Lifecycle(false, false, true, false, false, false, true, true);
        };
    }
}

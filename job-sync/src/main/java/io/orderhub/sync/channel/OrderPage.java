package io.orderhub.sync.channel;

import java.util.List;

/**
 * One page of a window.
 *
 * @param total the number of orders the platform says the whole window holds
 */
public record OrderPage(long total, List<RawOrder> orders) {

    public OrderPage {
        orders = List.copyOf(orders);
    }

    public int pageCount(int pageSize) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}

package io.orderhub.sync.channel;

import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.sync.status.StatusMapping;

/** A platform's order, as its adapter reads it, to the unified model. */
public interface OrderMapper {

    /**
     * @throws MappingFailure naming the reason and the failing field; the engine quarantines the raw order
     */
    UnifiedOrder map(String shopId, RawOrder raw, StatusMapping statuses);
}

package io.orderhub.sync.channel;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.sync.status.StatusMapping;
import java.util.Optional;

/**
 * One sales platform, as the sync engine sees it. The engine plans windows within {@link #limits()}, walks pages,
 * and maps each raw order; everything platform-specific (signing, paging parameters, field names, error codes)
 * stays behind this interface in {@code channel/<platform>/}.
 */
public interface ChannelAdapter {

    Channel channel();

    WindowLimits limits();

    /**
     * One page of the orders whose platform modified time lies in {@code window}.
     *
     * @param pageNo 1-based; the adapter converts to the platform's own numbering
     * @throws PlatformException when the platform refuses the call (after the HTTP layer's retries)
     * @throws MalformedPageException when the response cannot be read as a page
     */
    OrderPage fetchPage(ShopSession shop, TimeWindow window, int pageNo, int pageSize);

    /** One order in full, for a push that carries only an id or for a replay; empty when the platform has none. */
    Optional<RawOrder> fetchDetail(ShopSession shop, String platformOrderId);

    /**
     * Maps one raw order to the unified model.
     *
     * @throws MappingFailure naming the reason and the failing field; the engine quarantines the raw order
     */
    UnifiedOrder map(String shopId, RawOrder raw, StatusMapping statuses);
}

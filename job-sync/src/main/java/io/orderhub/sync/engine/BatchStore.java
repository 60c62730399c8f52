package io.orderhub.sync.engine;

import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderWriteResult;
import io.orderhub.common.quarantine.QuarantinedPayload;
import java.time.LocalDateTime;
import java.util.List;

/** Stores one batch of a shop's run in one transaction: all of it, or (rolled back) none of it. */
interface BatchStore {

    /**
     * @param cursorTo where the shop's cursor moves with this batch (a completed window's end), or null to keep it
     */
    OrderWriteResult store(List<UnifiedOrder> orders, List<QuarantinedPayload> bad, LocalDateTime cursorTo);
}

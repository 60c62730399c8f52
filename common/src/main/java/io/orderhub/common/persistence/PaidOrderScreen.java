package io.orderhub.common.persistence;

import io.orderhub.common.order.StatusSource;
import io.orderhub.common.order.UnifiedOrder;
import java.util.Collection;
import java.util.List;

/**
 * Looks at orders as they enter PAID, inside the transaction that moves them there, and says which to hold
 * (the freeze rules). {@link OrderWriter} calls it on every path into PAID: the pull's and pushes' batches with the
 * orders in hand, payments (reconcile, notifications, manual) with the stored order's number.
 */
public interface PaidOrderScreen {

    /** Holds nothing and costs nothing. */
    PaidOrderScreen NONE = new PaidOrderScreen() {
        @Override
        public List<OrderHold> screen(List<UnifiedOrder> enteredPaid, StatusSource source) {
            return List.of();
        }

        @Override
        public List<OrderHold> screenStored(String orderNo, StatusSource source) {
            return List.of();
        }

        @Override
        public void held(Collection<OrderHold> newlyHeld, StatusSource source) {
        }
    };

    /** The holds for orders of a batch that just entered PAID (all of one call: set-based, never a query each). */
    List<OrderHold> screen(List<UnifiedOrder> enteredPaid, StatusSource source);

    /** The holds for one stored order that a payment just moved to PAID. */
    List<OrderHold> screenStored(String orderNo, StatusSource source);

    /** Told which of the holds were applied (orders never held before), still in the caller's transaction. */
    void held(Collection<OrderHold> newlyHeld, StatusSource source);
}

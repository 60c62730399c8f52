package io.orderhub.sync.payment;

import io.orderhub.sync.inbox.InboxRow;
import io.orderhub.sync.inbox.MessageVerifier;

/** A gateway's notifications: verified on receipt, read into a {@link PaymentNotice} when applied. */
public interface PaymentNotifications extends MessageVerifier {

    GatewayType gatewayType();

    /** @throws IllegalArgumentException naming the field when a verified message cannot be read */
    PaymentNotice notice(InboxRow row, PaymentGateway gateway);
}

package io.orderhub.sync.payment;

import java.util.Optional;

/** A gateway's trade query API: what the gateway itself says about one of our orders. */
public interface GatewayQuery {

    GatewayType gatewayType();

    /**
     * @return empty when the gateway knows no such trade
     * @throws GatewayQueryException when the gateway cannot be asked or its answer cannot be trusted
     */
    Optional<PaymentNotice> query(PaymentGateway gateway, String outTradeNo);
}

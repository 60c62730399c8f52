package io.orderhub.sync.payment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * The {@code paymentReconcile} job parameter (optional): {@code {"gateways":["alipay-main"],"limit":2000}} narrows
 * to some gateways and caps the orders asked about per gateway (and per shop); {@code "askChannels":false} skips
 * re-reading awaiting orders from their platforms.
 */
public record ReconcileRequest(List<String> gateways, @Min(1) @Max(100_000) Integer limit, Boolean askChannels) {

    public ReconcileRequest {
        gateways = gateways == null ? List.of() : List.copyOf(gateways);
        limit = limit == null ? 5_000 : limit;
        askChannels = askChannels == null || askChannels;
    }
}

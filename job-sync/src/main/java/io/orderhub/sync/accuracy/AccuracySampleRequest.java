package io.orderhub.sync.accuracy;

import io.orderhub.common.order.Channel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * The {@code stateAccuracySample} job parameter (optional), e.g. {@code {"channels":["JD"],"days":3,"perShop":100}}.
 * Empty lists mean "all enabled".
 *
 * @param days    orders created in the last {@code days} days are eligible; default 7
 * @param perShop orders drawn per shop, spread over the unified statuses in proportion; default 50
 * @param seed    draws the same orders again (a run logs its seed); default the run id
 */
public record AccuracySampleRequest(List<Channel> channels, List<String> shops, @Min(1) @Max(90) Integer days,
        @Min(1) @Max(1000) Integer perShop, @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String seed) {

    public AccuracySampleRequest {
        channels = channels == null ? List.of() : List.copyOf(channels);
        shops = shops == null ? List.of() : List.copyOf(shops);
        days = days == null ? 7 : days;
        perShop = perShop == null ? 50 : perShop;
    }

    public static AccuracySampleRequest defaults() {
        return new AccuracySampleRequest(null, null, null, null, null);
    }
}

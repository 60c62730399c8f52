package io.orderhub.sync.quarantine;

import io.orderhub.common.order.Channel;
import io.orderhub.common.quarantine.QuarantineReason;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The {@code quarantineReplay} job parameter, e.g. {@code {"reasons":["UNKNOWN_STATUS"],"channels":["JD"]}} after
 * adding the missing status to {@code status_mapping}. Empty lists (reasons, channels, shops) mean all; {@code from}/{@code to} narrow by the
 * time the payload was quarantined.
 */
public record ReplayRequest(List<QuarantineReason> reasons, List<Channel> channels, List<String> shops,
        LocalDateTime from, LocalDateTime to, @Min(1) @Max(1_000_000) Integer limit) {

    public ReplayRequest {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        channels = channels == null ? List.of() : List.copyOf(channels);
        shops = shops == null ? List.of() : List.copyOf(shops);
        limit = limit == null ? 100_000 : limit;
    }

    @AssertTrue(message = "'to' must be after 'from'")
    public boolean isTo() {
        return from == null || to == null || to.isAfter(from);
    }
}

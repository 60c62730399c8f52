package io.orderhub.monitor.feed;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Job parameter of {@code apiChangeWatch}: {@code {"feeds":["jd-open"]}} polls only those; blank = every feed. */
public record ApiChangeRequest(@Size(max = 100) List<@NotBlank String> feeds) {

    public ApiChangeRequest {
        feeds = feeds == null ? List.of() : feeds.stream().toList();
    }
}

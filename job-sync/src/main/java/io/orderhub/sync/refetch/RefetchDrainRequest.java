package io.orderhub.sync.refetch;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The {@code orderRefetch} job parameter (optional): {@code {"limit":200}} caps the open re-fetch requests one run
 * takes, oldest first (default 200).
 */
public record RefetchDrainRequest(@Min(1) @Max(10_000) Integer limit) {

    public RefetchDrainRequest {
        limit = limit == null ? 200 : limit;
    }
}

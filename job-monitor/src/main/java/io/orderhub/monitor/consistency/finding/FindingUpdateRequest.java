package io.orderhub.monitor.consistency.finding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The {@code consistencyFindingUpdate} job parameter:
 * {@code {"id":42,"action":"ACKNOWLEDGE","operator":"li.na","reason":"ERP fix booked, ticket 1187"}}.
 */
public record FindingUpdateRequest(@NotNull @Positive Long id, @NotNull FindingAction action,
        @NotBlank @Size(max = 64) String operator, @NotBlank @Size(max = 255) String reason) {

    /** What an operator does with a finding. */
    public enum FindingAction {
        ACKNOWLEDGE,
        RESOLVE
    }
}

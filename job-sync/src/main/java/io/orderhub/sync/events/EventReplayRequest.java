package io.orderhub.sync.events;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The {@code orderEventReplay} job parameter; blank means {@code {}}: release every parked event. {@code eventIds}
 * releases only those (the events' UUIDs, as in the message id).
 */
public record EventReplayRequest(
        @Size(max = 1000) List<@Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                message = "must be an event id (a lower-case UUID)") String> eventIds) {
}

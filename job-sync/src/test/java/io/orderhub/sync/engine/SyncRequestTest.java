package io.orderhub.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.job.InvalidJobParameterException;
import io.orderhub.common.job.JobParameters;
import io.orderhub.common.order.Channel;
import jakarta.validation.Validation;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code channelOrderSync} parameter as an operator types it in the admin console. */
class SyncRequestTest {

    private final JobParameters parameters = new JobParameters(
            Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void rewritingBackfillIsAccepted() {
        SyncRequest request = parameters.parse("{\"channels\":[\"DOUYIN\"],\"from\":\"2026-11-01T00:00:00\","
                + "\"to\":\"2026-11-02T00:00:00\",\"rewrite\":true}", SyncRequest.class);

        assertThat(request).isEqualTo(new SyncRequest(List.of(Channel.DOUYIN), List.of(),
                LocalDateTime.of(2026, 11, 1, 0, 0), LocalDateTime.of(2026, 11, 2, 0, 0), true));
        assertThat(request.backfill()).isTrue();
    }

    @Test
    void withoutRewriteAnIncrementalRunDoesNotRewrite() {
        assertThat(parameters.parse("{\"channels\":[\"DOUYIN\"]}", SyncRequest.class).rewrite()).isFalse();
    }

    @Test
    void rewriteWithoutABackfillRangeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> parameters.parse("{\"channels\":[\"DOUYIN\"],\"rewrite\":true}", SyncRequest.class))
                .isInstanceOfSatisfying(InvalidJobParameterException.class,
                        e -> assertThat(e.field()).isEqualTo("rewrite"));
    }
}

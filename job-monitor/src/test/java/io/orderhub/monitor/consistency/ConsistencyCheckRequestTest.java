package io.orderhub.monitor.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.job.InvalidJobParameterException;
import io.orderhub.common.job.JobParameters;
import io.orderhub.monitor.consistency.check.CheckName;
import io.orderhub.monitor.consistency.finding.FindingUpdateRequest;
import jakarta.validation.Validation;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The two handlers' parameters: what parses, and a bad one refused naming the field. */
class ConsistencyCheckRequestTest {

    final JobParameters parameters = new JobParameters(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void blankParameterChecksEverything() {
        ConsistencyCheckRequest request = parameters.parse("", ConsistencyCheckRequest.class);

        assertThat(request.checkNames()).containsExactlyInAnyOrder(CheckName.values());
        assertThat(request.scope().conditions()).isEmpty();
    }

    @Test
    void checksChannelsShopsAndDatesNarrowTheRun() {
        ConsistencyCheckRequest request = parameters.parse("{\"checks\":[\"AMOUNT\"],\"channels\":[\"JD\"],"
                + "\"shops\":[\"2001\"],\"from\":\"2026-11-01T00:00:00\",\"to\":\"2026-11-12T00:00:00\"}",
                ConsistencyCheckRequest.class);

        assertThat(request.checkNames()).containsExactly(CheckName.AMOUNT);
        assertThat(request.scope().from()).isEqualTo(LocalDateTime.of(2026, 11, 1, 0, 0));
        assertThat(request.scope().conditions()).isEqualTo(" AND o.channel IN (:channels) AND o.shop_id IN (:shops)"
                + " AND o.created_at >= :from AND o.created_at < :to");
    }

    @Test
    void anUnknownCheckIsRefusedNamingTheField() {
        assertThatThrownBy(() -> parameters.parse("{\"checks\":[\"AMOUNTS\"]}", ConsistencyCheckRequest.class))
                .isInstanceOf(InvalidJobParameterException.class).hasMessageContaining("checks");
    }

    @Test
    void toBeforeFromIsRefused() {
        assertThatThrownBy(() -> parameters.parse("{\"from\":\"2026-11-12T00:00:00\",\"to\":\"2026-11-01T00:00:00\"}",
                ConsistencyCheckRequest.class)).isInstanceOf(InvalidJobParameterException.class)
                .hasMessageContaining("to").hasMessageContaining("after 'from'");
    }

    @Test
    void aBlankShopIsRefused() {
        assertThatThrownBy(() -> parameters.parse("{\"shops\":[\" \"]}", ConsistencyCheckRequest.class))
                .isInstanceOf(InvalidJobParameterException.class).hasMessageContaining("shops");
    }

    @Test
    void aFindingUpdateNeedsIdActionOperatorAndReason() {
        assertThatThrownBy(() -> parameters.parse("{\"id\":5,\"action\":\"RESOLVE\",\"operator\":\"li\"}",
                FindingUpdateRequest.class)).isInstanceOf(InvalidJobParameterException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> parameters.parse("{\"id\":5,\"action\":\"CLOSE\",\"operator\":\"li\",\"reason\":\"x\"}",
                FindingUpdateRequest.class)).isInstanceOf(InvalidJobParameterException.class)
                .hasMessageContaining("action");
        assertThat(parameters.parse("{\"id\":5,\"action\":\"ACKNOWLEDGE\",\"operator\":\"li\",\"reason\":\"seen\"}",
                FindingUpdateRequest.class).action()).isEqualTo(FindingUpdateRequest.FindingAction.ACKNOWLEDGE);
    }
}

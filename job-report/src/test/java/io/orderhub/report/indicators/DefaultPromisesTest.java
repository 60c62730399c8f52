package io.orderhub.report.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.order.Channel;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultPromisesTest {

    @Test
    void configuredPromiseIsUsedForItsChannel() {
        DefaultPromises promises = DefaultPromises.fromConfiguration(Map.of("PDD", Duration.ofHours(48)));

        assertThat(promises.of(Channel.PDD)).contains(Duration.ofHours(48));
        assertThat(promises.of(Channel.JD)).isEmpty();
    }

    @Test
    void unknownChannelFailsNamingTheProperty() {
        assertThatThrownBy(() -> DefaultPromises.fromConfiguration(Map.of("KUAISHOU", Duration.ofHours(48))))
                .hasMessageStartingWith("oms.report.default-promise.KUAISHOU: unknown channel");
    }

    @Test
    void nonPositivePromiseFailsNamingTheProperty() {
        assertThatThrownBy(() -> DefaultPromises.fromConfiguration(Map.of("JD", Duration.ZERO)))
                .hasMessageStartingWith("oms.report.default-promise.JD: the promise must be a positive duration");
    }
}

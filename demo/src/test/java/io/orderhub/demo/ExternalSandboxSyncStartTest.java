package io.orderhub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ExternalSandboxSyncStartTest {

    final Clock clock = Clock.fixed(Instant.parse("2026-12-06T02:30:15Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void aFixedStartWinsOverTheDaysBeforeNowSoTwoExecutorsPlanTheSameWindows() {
        assertThat(ExternalSandboxConfiguration.syncStartAt("2026-12-03T10:00:00", 3, clock))
                .isEqualTo(LocalDateTime.of(2026, 12, 3, 10, 0));
    }

    @Test
    void withoutAFixedStartTheFirstSyncStartsTheGivenDaysBeforeNowInPlatformTime() {
        assertThat(ExternalSandboxConfiguration.syncStartAt("", 3, clock))
                .isEqualTo(LocalDateTime.of(2026, 12, 3, 10, 30, 15));
    }

    @Test
    void aStartThatIsNoDateTimeIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> ExternalSandboxConfiguration.syncStartAt("3 days ago", 3, clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oms.sandbox.sync-from")
                .hasMessageContaining("'3 days ago'");
    }
}

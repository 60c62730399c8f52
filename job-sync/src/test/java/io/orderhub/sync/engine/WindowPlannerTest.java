package io.orderhub.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sync.channel.TimeWindow;
import io.orderhub.sync.channel.WindowLimits;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowPlannerTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 11, 12, 0);
    static final WindowLimits PDD = new WindowLimits(Duration.ofMinutes(30), Duration.ofDays(90), 100, Integer.MAX_VALUE);
    static final WindowLimits TAOBAO = new WindowLimits(Duration.ofDays(1), Duration.ofDays(90), 100, Integer.MAX_VALUE);

    private final WindowPlanner planner = new WindowPlanner(Duration.ofMinutes(1), Duration.ofDays(1));

    @Test
    void windowsStartAnOverlapBeforeTheCursorAndEndASettleDelayBeforeNow() {
        List<TimeWindow> windows = planner.incremental(NOW.minusHours(1), Duration.ofMinutes(5), null, TAOBAO, NOW);

        assertThat(windows).containsExactly(new TimeWindow(NOW.minusMinutes(65), NOW.minusMinutes(1)));
    }

    @Test
    void noWindowIsLongerThanThePlatformAllowsAndTheyTileTheSpan() {
        List<TimeWindow> windows = planner.incremental(NOW.minusHours(3), Duration.ZERO, null, PDD, NOW);

        assertThat(windows).allSatisfy(w -> assertThat(w.length()).isLessThanOrEqualTo(Duration.ofMinutes(30)));
        assertThat(windows.get(0).from()).isEqualTo(NOW.minusHours(3));
        assertThat(windows.get(windows.size() - 1).to()).isEqualTo(NOW.minusMinutes(1));
        for (int i = 1; i < windows.size(); i++) {
            assertThat(windows.get(i).from()).isEqualTo(windows.get(i - 1).to());
        }
    }

    @Test
    void aNewShopStartsAtItsSyncStartOrTheInitialLookBack() {
        assertThat(planner.incremental(null, Duration.ofMinutes(5), NOW.minusHours(2), TAOBAO, NOW).get(0).from())
                .isEqualTo(NOW.minusHours(2));
        assertThat(planner.incremental(null, Duration.ofMinutes(5), null, TAOBAO, NOW).get(0).from())
                .isEqualTo(NOW.minusDays(1));
    }

    @Test
    void nothingIsAskedBeyondWhatThePlatformStillServes() {
        List<TimeWindow> windows = planner.incremental(null, Duration.ZERO, NOW.minusDays(200), TAOBAO, NOW);

        assertThat(windows.get(0).from()).isEqualTo(NOW.minusDays(90).plusMinutes(1));
    }

    @Test
    void anUpToDateShopGetsNoWindow() {
        assertThat(planner.incremental(NOW.minusSeconds(30), Duration.ZERO, null, TAOBAO, NOW)).isEmpty();
    }

    @Test
    void aBackfillIsClippedToTheSettleDelay() {
        List<TimeWindow> windows = planner.backfill(new TimeWindow(NOW.minusHours(1), NOW.plusHours(1)), PDD, NOW);

        assertThat(windows).hasSize(2);
        assertThat(windows.get(1).to()).isEqualTo(NOW.minusMinutes(1));
    }
}

package io.orderhub.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SyncShutdownTest {

    final SyncShutdown shutdown = new SyncShutdown();

    @Test
    void stoppingAsksRunningSyncsToStopAndReportsDoneOnlyOnceTheyHaveEnded() throws InterruptedException {
        shutdown.start();
        SyncShutdown.RunningSync running = shutdown.begin();
        CountDownLatch stopped = new CountDownLatch(1);

        shutdown.stop(stopped::countDown);

        assertThat(shutdown.stopRequested()).isTrue();
        assertThat(shutdown.isRunning()).isFalse();
        assertThat(stopped.await(200, TimeUnit.MILLISECONDS)).as("done while a sync still runs").isFalse();
        running.close();
        assertThat(stopped.await(5, TimeUnit.SECONDS)).as("done once the sync ended").isTrue();
    }

    @Test
    void withNothingRunningTheStopIsDoneAtOnce() throws InterruptedException {
        shutdown.start();
        CountDownLatch stopped = new CountDownLatch(1);

        shutdown.stop(stopped::countDown);

        assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void untilTheExecutorStopsNoStopIsRequested() {
        shutdown.start();
        shutdown.begin().close();

        assertThat(shutdown.stopRequested()).isFalse();
        assertThat(shutdown.isRunning()).isTrue();
    }

    @Test
    void itIsStoppedBeforeEveryOtherLifecycleBean() {
        assertThat(shutdown.getPhase()).isEqualTo(Integer.MAX_VALUE);
    }
}

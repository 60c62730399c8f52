package io.orderhub.common.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

class JobCatalogueTest {

    @Test
    void handlerNamesAreUniqueAndEveryJobBelongsToAListedGroup() {
        assertThat(JobCatalogue.jobs()).extracting(JobSpec::handler).doesNotHaveDuplicates();
        assertThat(JobCatalogue.groups()).containsAll(JobCatalogue.jobs().stream().map(JobSpec::app).toList());
    }

    @Test
    void everyScheduleIsAQuartzCronWithSeconds() {
        for (JobSpec job : JobCatalogue.jobs().stream().filter(JobSpec::scheduled).toList()) {
            assertThat(job.cron().split(" ")).as(job.handler()).hasSize(6);
            assertThatCode(() -> CronExpression.parse(job.cron())).as(job.handler()).doesNotThrowAnyException();
        }
    }

    @Test
    void onlyTheJobsThatSplitTheirWorkAreBroadcastAndScheduledJobsDropOverlappingTriggers() {
        assertThat(JobCatalogue.jobs()).filteredOn(j -> j.route() == RouteStrategy.SHARDING_BROADCAST)
                .extracting(JobSpec::handler).containsExactlyInAnyOrder("channelOrderSync", "stateAccuracySample",
                        "consistencyCheck", "entryErrorReport");
        assertThat(JobCatalogue.jobs()).filteredOn(JobSpec::scheduled)
                .allMatch(j -> j.block() == BlockStrategy.DISCARD_LATER && j.failRetries() == 0);
        assertThat(JobCatalogue.jobs()).filteredOn(j -> !j.scheduled() && !j.handler().equals("orderStressTest"))
                .allMatch(j -> j.block() == BlockStrategy.SERIAL_EXECUTION);
    }

    @Test
    void groupTitleLongerThanTheAdminsColumnIsRefused() {
        assertThatThrownBy(() -> new ExecutorGroupSpec("oms-job-sync", "Order sync executor"))
                .hasMessageContaining("title of oms-job-sync: 1 to 12 characters");
    }

    @Test
    void exampleLongerThanTheAdminsParameterColumnIsRefused() {
        assertThatThrownBy(() -> new JobSpec(JobCatalogue.SYNC, "x", "d", null, RouteStrategy.FAILOVER,
                BlockStrategy.SERIAL_EXECUTION, 0, 0, "", "X", List.of(), "{\"a\":\"" + "x".repeat(600) + "\"}"))
                .hasMessageContaining("x: example must have at most 512 characters");
    }
}

package io.orderhub.monitor.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.AlertSink;
import io.orderhub.common.alert.Severity;
import io.orderhub.common.job.InvalidJobParameterException;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import io.orderhub.common.job.JobParameters;
import io.orderhub.common.job.Shard;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The alert jobs in the monitor app, with one webhook receiver on a real HTTP server. */
@SpringBootTest
@ActiveProfiles("test")
class AlertJobsIT {

    static final MockWebServer hook = new MockWebServer();
    /** What the hook answers; other ITs share this app's database, so a dispatch may carry their alerts too. */
    static volatile MockResponse answer = new MockResponse.Builder().code(200).build();
    static final List<String> received = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void receivers(DynamicPropertyRegistry registry) throws IOException {
        hook.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                received.add(request.getBody().utf8());
                return answer;
            }
        });
        hook.start();
        registry.add("oms.alert.default-receiver", () -> "hook");
        registry.add("oms.alert.group-wait", () -> "0s");
        registry.add("oms.alert.receivers.hook.type", () -> "webhook");
        registry.add("oms.alert.receivers.hook.url", () -> hook.url("/alerts").toString());
    }

    @AfterAll
    static void stop() {
        hook.close();
    }

    @Autowired
    AlertJobs jobs;
    @Autowired
    AlertSink sink;
    @Autowired
    JobParameters parameters;
    @Autowired
    Clock clock;

    final List<String> log = new ArrayList<>();
    final JobContext context = new JobContext(Shard.SOLE, (pattern, args) -> log.add(pattern));

    @Test
    void dispatchSendsPendingAlertsAndLogsTheCounts() {
        answer = new MockResponse.Builder().code(200).build();
        sink.post(Alert.firing("SyncLag", Severity.WARNING, Map.of("channel", "JD", "shop", "job-it"), "behind", "",
                List.of(), clock.instant()));

        String summary = jobs.dispatch(parameters.parse("", AlertDispatchRequest.class), context);

        assertThat(summary).startsWith("sent ").doesNotStartWith("sent 0");
        assertThat(log).anySatisfy(line -> assertThat(line).startsWith("groups sent {}"));
        assertThat(received).anySatisfy(body -> assertThat(body).contains("\"shop\":\"job-it\""));
    }

    @Test
    void testMessageGoesToTheNamedReceiver() {
        answer = new MockResponse.Builder().code(200).build();

        String summary = jobs.test(parameters.parse("{\"receiver\":\"hook\"}", AlertTestRequest.class), context);

        assertThat(summary).isEqualTo("test message sent to hook");
        assertThat(received).anySatisfy(body -> assertThat(body).contains("\"test\":true"));
    }

    @Test
    void unknownReceiverIsAParameterErrorNamingTheField() {
        assertThatThrownBy(() -> jobs.test(parameters.parse("{\"receiver\":\"nobody\"}", AlertTestRequest.class), context))
                .isInstanceOfSatisfying(InvalidJobParameterException.class, e -> assertThat(e.field()).isEqualTo("receiver"))
                .hasMessageContaining("unknown receiver 'nobody'; configured: hook");
        assertThatThrownBy(() -> parameters.parse("{}", AlertTestRequest.class))
                .isInstanceOfSatisfying(InvalidJobParameterException.class, e -> assertThat(e.field()).isEqualTo("receiver"));
    }

    @Test
    void refusedTestMessageFailsTheJobWithThePlatformsReason() {
        answer = new MockResponse.Builder().code(403).body("forbidden").build();

        assertThatThrownBy(() -> jobs.test(new AlertTestRequest("hook"), context))
                .isInstanceOfSatisfying(JobFailure.class, e -> assertThat(e.reason()).isEqualTo("ALERT_HTTP_STATUS"))
                .hasMessageContaining("HTTP 403 forbidden");
    }
}

package io.orderhub.monitor.alert;

import io.orderhub.common.alert.AlertDispatcher;
import io.orderhub.common.alert.DispatchResult;
import io.orderhub.common.alert.notify.NotificationFailure;
import io.orderhub.common.job.InvalidJobParameterException;
import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.JobFailure;
import org.springframework.stereotype.Service;

/** What the alert jobs do, callable without XXL-JOB: dispatch pending alerts, or send a receiver a test message. */
@Service
public class AlertJobs {

    private final AlertDispatcher dispatcher;

    public AlertJobs(AlertDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    public String dispatch(AlertDispatchRequest request, JobContext context) {
        if (dispatcher.receiverNames().isEmpty()) {
            context.log().line("no receivers configured (oms.alert.receivers): alerts are recorded, nothing is sent");
        }
        DispatchResult result = dispatcher.dispatch();
        context.log().line("groups sent {}, merged {}, queued {}, deduplicated {}; alerts silenced {}, inhibited {}; "
                        + "failed sends {}; receivers held by another executor {}",
                result.sent(), result.merged(), result.queued(), result.deduplicated(), result.silenced(),
                result.inhibited(), result.failed(), result.skipped());
        return result.summary();
    }

    public String test(AlertTestRequest request, JobContext context) {
        if (!dispatcher.receiverNames().contains(request.receiver())) {
            throw new InvalidJobParameterException("receiver", "unknown receiver '" + request.receiver()
                    + "'; configured: " + (dispatcher.receiverNames().isEmpty() ? "none (see oms.alert.receivers)"
                    : String.join(", ", dispatcher.receiverNames())));
        }
        try {
            dispatcher.sendTest(request.receiver());
        } catch (NotificationFailure e) {
            throw new JobFailure("ALERT_" + e.reason(), e.getMessage(), e.retryable(), e);
        }
        context.log().line("test message accepted by receiver {}", request.receiver());
        return "test message sent to " + request.receiver();
    }
}

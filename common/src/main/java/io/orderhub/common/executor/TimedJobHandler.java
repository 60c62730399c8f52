package io.orderhub.common.executor;

import com.xxl.job.core.context.XxlJobContext;
import com.xxl.job.core.handler.IJobHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times each run of one handler as {@code oms.job.run} (tags {@code handler}, {@code outcome} success/failure, as the
 * admin records it: the handle code set by the run, or an exception).
 */
final class TimedJobHandler extends IJobHandler {

    static final String METRIC = "oms.job.run";

    private final String name;
    private final IJobHandler handler;
    private final MeterRegistry registry;

    TimedJobHandler(String name, IJobHandler handler, MeterRegistry registry) {
        this.name = name;
        this.handler = handler;
        this.registry = registry;
    }

    @Override
    public void execute() throws Exception {
        Timer.Sample sample = Timer.start(registry);
        boolean succeeded = false;
        try {
            handler.execute();
            XxlJobContext context = XxlJobContext.getXxlJobContext();
            succeeded = context == null || context.getHandleCode() == XxlJobContext.HANDLE_CODE_SUCCESS;
        } finally {
            sample.stop(Timer.builder(METRIC)
                    .description("Duration of one run of an XXL-JOB handler on this executor")
                    .tag("handler", name)
                    .tag("outcome", succeeded ? "success" : "failure")
                    .register(registry));
        }
    }

    @Override
    public void init() throws Exception {
        handler.init();
    }

    @Override
    public void destroy() throws Exception {
        handler.destroy();
    }
}

package io.orderhub.common.executor;

import com.xxl.job.core.executor.XxlJobExecutor;
import com.xxl.job.core.glue.GlueFactory;
import com.xxl.job.core.handler.annotation.XxlJob;
import com.xxl.job.core.log.XxlJobFileAppender;
import com.xxl.job.core.thread.JobLogFileCleanThread;
import com.xxl.job.core.thread.TriggerCallbackThread;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderhub.common.job.JobHandlerCatalog;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;

/**
 * The XXL-JOB executor, started our way: the access token is checked before anything starts, the endpoint binds
 * to the configured interface (xxl-job-core's own server binds all of them), and GLUE triggers are refused unless
 * explicitly allowed. Job threads, callbacks and logs are xxl-job-core's own; registration is
 * {@link ExecutorRegistration} (xxl-job-core's reports a refusal only at INFO). Each handler run is timed
 * ({@link TimedJobHandler}).
 */
public class BoundXxlJobExecutor extends XxlJobExecutor implements SmartInitializingSingleton, DisposableBean {

    private final ExecutorProperties properties;
    private final ApplicationContext context;
    private final MeterRegistry meters;
    private final BoundExecutorServer server = new BoundExecutorServer();

    public BoundXxlJobExecutor(ExecutorProperties properties, ApplicationContext context, MeterRegistry meters) {
        AccessTokenPolicy.check(properties.accessToken());
        this.properties = properties;
        this.context = context;
        this.meters = meters;
    }

    public String appName() {
        return properties.appName();
    }

    /** The outcome of the last registry beat ({@code NOT_YET} before the executor started). */
    public RegistrationState registrationState() {
        return server.registrationState();
    }

    /** xxl-job-core's method handler, wrapped so that each run is timed. */
    @Override
    protected void registryJobHandler(XxlJob job, Object bean, Method method) {
        super.registryJobHandler(job, bean, method);
        registryJobHandler(job.value(), new TimedJobHandler(job.value(), loadJobHandler(job.value()), meters));
    }

    @Override
    public void afterSingletonsInstantiated() {
        new JobHandlerCatalog(context).forEach((job, handler) -> registryJobHandler(job, handler.bean(), handler.method()));
        if (properties.allowGlue()) {
            GlueFactory.refreshInstance(0);
        }
        try {
            start();
        } catch (Exception e) {
            throw new IllegalStateException("XXL-JOB executor '" + properties.appName() + "' did not start on "
                    + properties.bindAddress() + ":" + properties.port() + ": " + e.getMessage(), e);
        }
    }

    /** Replaces {@link XxlJobExecutor#start()}, whose server part cannot be told which interface to bind. */
    @Override
    public void start() throws Exception {
        XxlJobFileAppender.initLogPath(properties.logPath());
        initAdminClients();
        JobLogFileCleanThread.getInstance().start(properties.logRetentionDays());
        TriggerCallbackThread.getInstance().start();
        server.start(properties.bindAddress(), properties.port(), properties.appName(), registeredAddress(),
                properties.accessToken(), properties.allowGlue(), properties.adminAddresses());
    }

    @Override
    public void destroy() {
        server.stop();
        super.destroy();
    }

    private String registeredAddress() {
        if (properties.address() != null && !properties.address().isBlank()) {
            return properties.address();
        }
        return "http://" + properties.registeredIp() + ":" + properties.port() + "/";
    }

    /**
     * The admin client list is private static state of {@link XxlJobExecutor} that the registry and callback
     * threads read; its initialiser is private too, so it is called reflectively (once, at start-up).
     */
    private void initAdminClients() throws Exception {
        Method init = XxlJobExecutor.class.getDeclaredMethod("initAdminBizList", String.class, String.class, int.class);
        init.setAccessible(true);
        try {
            init.invoke(this, properties.adminAddresses(), properties.accessToken(), 3);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}

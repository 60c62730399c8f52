package io.orderhub.common.job;

import com.xxl.job.core.context.XxlJobContext;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;

/**
 * Run-once mode ({@code --oms.run-once=<handler> --oms.run-param='<json>'}): runs one handler in-process with
 * no admin and no executor endpoint, prints what the handler logged, and sets the exit code (0 success, 1 fail).
 * The handler runs through the same XXL-JOB context as under the admin, so what is tested here is what runs there.
 */
public class RunOnceRunner implements ApplicationRunner, ExitCodeGenerator {

    private final ApplicationContext context;
    private final String handlerName;
    private final String parameter;
    private final Shard shard;
    private final PrintStream out;
    private int exitCode = 1;

    public RunOnceRunner(ApplicationContext context, String handlerName, String parameter, Shard shard, PrintStream out) {
        this.context = context;
        this.handlerName = handlerName;
        this.parameter = parameter;
        this.shard = shard;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Path log = Files.createTempFile("oms-run-once-", ".log");
        try {
            XxlJobContext job = new XxlJobContext(0, parameter, 0, System.currentTimeMillis(), log.toString(),
                    shard.index(), shard.total());
            XxlJobContext.setXxlJobContext(job);
            HeapPeak heap = HeapPeak.start();
            long cpuBefore = processCpuNanos();
            long started = System.nanoTime();
            boolean succeeded = invoke(job);
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            long cpuMillis = (processCpuNanos() - cpuBefore) / 1_000_000;
            long peakHeapMegabytes = heap.stop();
            out.print(Files.readString(log, StandardCharsets.UTF_8));
            out.println(handlerName + (succeeded ? " succeeded" : " FAILED") + ": " + nullToEmpty(job.getHandleMsg()));
            out.println("run-once took_ms=" + tookMillis + " cpu_ms=" + cpuMillis + " peak_heap_mb=" + peakHeapMegabytes);
            exitCode = succeeded ? 0 : 1;
        } finally {
            XxlJobContext.setXxlJobContext(null);
            Files.deleteIfExists(log);
        }
    }

    /** CPU time of this process (all threads, GC included); 0 where the JVM cannot tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private boolean invoke(XxlJobContext job) throws IllegalAccessException {
        try {
            JobHandlerCatalog.Handler handler = new JobHandlerCatalog(context).find(handlerName);
            handler.method().invoke(handler.bean());
            return job.getHandleCode() == XxlJobContext.HANDLE_CODE_SUCCESS;
        } catch (InvalidJobParameterException e) {
            job.setHandleMsg(e.getMessage());
            return false;
        } catch (InvocationTargetException e) {
            job.setHandleMsg("handler threw " + e.getCause());
            e.getCause().printStackTrace(out);
            return false;
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

}

package io.orderhub.common.job;

import com.xxl.job.core.handler.annotation.XxlJob;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The {@code @XxlJob} handler methods of this application's own beans, by name. The executor registers them with
 * xxl-job-core; run-once mode invokes one directly.
 */
public final class JobHandlerCatalog {

    /** A handler method on its bean, with its annotation. */
    public record Handler(XxlJob job, Object bean, Method method) {
    }

    private final Map<String, Handler> handlers = new TreeMap<>();

    public JobHandlerCatalog(ApplicationContext context) {
        for (String name : context.getBeanNamesForType(Object.class, false, false)) {
            Class<?> type = context.getType(name, false);
            if (type == null || !type.getName().startsWith("io.orderhub")) {
                continue;
            }
            Map<Method, XxlJob> methods = MethodIntrospector.selectMethods(type,
                    (MethodIntrospector.MetadataLookup<XxlJob>) m -> AnnotatedElementUtils.findMergedAnnotation(m, XxlJob.class));
            if (methods.isEmpty()) {
                continue;
            }
            Object bean = context.getBean(name);
            methods.forEach((method, job) -> {
                Handler previous = handlers.put(job.value(),
                        new Handler(job, bean, AopUtils.selectInvocableMethod(method, bean.getClass())));
                if (previous != null) {
                    throw new IllegalStateException("two handlers are named '" + job.value() + "': "
                            + previous.method() + " and " + method);
                }
            });
        }
    }

    public Handler find(String name) {
        Handler handler = handlers.get(name);
        if (handler == null) {
            throw new InvalidJobParameterException("oms.run-once", "no handler named '" + name + "'; this app has "
                    + handlers.keySet());
        }
        return handler;
    }

    public void forEach(BiConsumer<XxlJob, Handler> action) {
        handlers.values().forEach(h -> action.accept(h.job(), h));
    }
}

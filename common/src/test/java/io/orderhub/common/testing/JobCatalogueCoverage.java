package io.orderhub.common.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.JobBody;
import io.orderhub.common.job.JobParameters;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.common.jobs.JobCatalogue;
import io.orderhub.common.jobs.JobParam;
import io.orderhub.common.jobs.JobSpec;
import jakarta.validation.Validation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.mockito.Mockito;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Checks one executor module against {@link JobCatalogue}: every {@code @XxlJob} handler of its components has an
 * entry of its app and every entry of the app a handler; each handler parses the parameter record its entry names
 * (found by running the handler with a bridge that only records the type), the entry's fields are that record's
 * components, and its example parses with the handlers' own {@link JobParameters}.
 */
public final class JobCatalogueCoverage {

    private JobCatalogueCoverage() {
    }

    public static void assertCovers(String appName, String basePackage) {
        Map<String, Method> handlers = handlers(basePackage);
        Map<String, JobSpec> entries = new TreeMap<>();
        JobCatalogue.jobsOf(appName).forEach(j -> entries.put(j.handler(), j));
        assertThat(handlers.keySet()).as("@XxlJob handlers in %s (left) vs catalogue entries of %s; add or remove"
                + " the entry in io.orderhub.common.jobs.JobCatalogue and regenerate docs/jobs.md", basePackage, appName)
                .containsExactlyElementsOf(entries.keySet());
        handlers.forEach((name, method) -> assertEntryMatches(entries.get(name), method));
    }

    private static Map<String, Method> handlers(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        Map<String, Method> handlers = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            for (Method method : load(candidate.getBeanClassName()).getDeclaredMethods()) {
                XxlJob job = method.getAnnotation(XxlJob.class);
                if (job != null) {
                    assertThat(handlers.put(job.value(), method)).as("two handlers named %s", job.value()).isNull();
                }
            }
        }
        return handlers;
    }

    private static void assertEntryMatches(JobSpec entry, Method handler) {
        Class<?> parameterType = parameterTypeOf(handler);
        assertThat(parameterType.getName()).as("parameter record of %s", entry.handler())
                .isEqualTo(entry.parameterType());
        assertThat(Arrays.stream(parameterType.getRecordComponents()).map(RecordComponent::getName))
                .as("catalogue fields of %s vs the components of %s", entry.handler(), parameterType.getSimpleName())
                .containsExactlyElementsOf(entry.params().stream().map(JobParam::name).toList());
        JobParameters parameters = new JobParameters(Validation.buildDefaultValidatorFactory().getValidator());
        assertThatCode(() -> parameters.parse(entry.example(), parameterType))
                .as("example of %s: %s", entry.handler(), entry.example()).doesNotThrowAnyException();
    }

    /** Runs the handler on a bean whose bridge records the parameter type and whose services are mocks. */
    private static Class<?> parameterTypeOf(Method handler) {
        AtomicReference<Class<?>> recorded = new AtomicReference<>();
        XxlJobBridge recordingBridge = new XxlJobBridge(null) {
            @Override
            public <P> void run(Class<P> parameterType, JobBody<P> body) {
                recorded.set(parameterType);
            }
        };
        try {
            Constructor<?> constructor = handler.getDeclaringClass().getConstructors()[0];
            Object[] args = Arrays.stream(constructor.getParameterTypes())
                    .map(type -> type == XxlJobBridge.class ? recordingBridge : Mockito.mock(type)).toArray();
            handler.invoke(constructor.newInstance(args));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("could not run handler " + handler + " with a recording bridge", e);
        }
        assertThat(recorded.get()).as("%s calls bridge.run(ParameterRecord.class, …)", handler).isNotNull();
        return recorded.get();
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(className, e);
        }
    }
}

package io.orderhub.common.secret;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Resolves secret references. Secrets are never stored in the database: {@code channel_shop} keeps a reference
 * of the form {@code env:NAME}, resolved here from the process environment (or any Spring property source, so
 * tests and a secrets manager mounted as properties work the same way). Errors name the reference, never a value.
 */
public class SecretResolver {

    private static final String ENV_PREFIX = "env:";
    private static final Pattern PROPERTY_NAME = Pattern.compile("[a-z0-9.-]+");

    private final Environment environment;

    public SecretResolver(Environment environment) {
        this.environment = environment;
    }

    /**
     * @param reference the stored reference, e.g. {@code env:TAOBAO_SHOP_1001_SECRET}
     * @param owner     what the secret belongs to, for the error message, e.g. {@code channel_shop TAOBAO/1001 app_secret_ref}
     */
    public String resolve(String reference, String owner) {
        if (reference == null || !reference.startsWith(ENV_PREFIX) || reference.length() == ENV_PREFIX.length()) {
            throw new MissingSecretException(owner + ": expected a reference like 'env:NAME', plain secrets are not accepted"
                    + relaxedBindingHint(owner));
        }
        String name = reference.substring(ENV_PREFIX.length());
        String value = environment.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new MissingSecretException(owner + ": environment variable " + name + " is not set");
        }
        return value;
    }

    /**
     * An environment variable named like the property (e.g. {@code OMS_EVENTS_RABBIT_PASSWORD}) sets the property
     * itself through Spring's relaxed binding, so the secret replaces the reference: name that trap in the error.
     */
    private String relaxedBindingHint(String owner) {
        if (!PROPERTY_NAME.matcher(owner).matches() || !(environment instanceof ConfigurableEnvironment configurable)) {
            return "";
        }
        PropertySource<?> variables = configurable.getPropertySources()
                .get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        String variable = owner.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
        if (variables == null || !variables.containsProperty(variable)) {
            return "";
        }
        return " (environment variable " + variable + " sets this property itself through Spring's relaxed binding;"
                + " put the secret in a variable of another name, e.g. OMS_SECRET_…, and reference it)";
    }
}

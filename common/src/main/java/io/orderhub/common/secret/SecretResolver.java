package io.orderhub.common.secret;

import org.springframework.core.env.Environment;

/**
 * Resolves secret references. Secrets are never stored in the database: {@code channel_shop} keeps a reference
 * of the form {@code env:NAME}, resolved here from the process environment (or any Spring property source, so
 * tests and a secrets manager mounted as properties work the same way). Errors name the reference, never a value.
 */
public class SecretResolver {

    private static final String ENV_PREFIX = "env:";

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
            throw new MissingSecretException(owner + ": expected a reference like 'env:NAME', plain secrets are not accepted");
        }
        String name = reference.substring(ENV_PREFIX.length());
        String value = environment.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new MissingSecretException(owner + ": environment variable " + name + " is not set");
        }
        return value;
    }
}

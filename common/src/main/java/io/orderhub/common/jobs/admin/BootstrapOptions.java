package io.orderhub.common.jobs.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * The bootstrap's command line: {@code --admin-url=… --username=… --password=env:NAME [--alarm-email=…] [--dry-run]
 * [--force] [--start]}. The password is only ever a reference; {@link #parse} refuses anything else.
 */
public record BootstrapOptions(HttpUrl adminUrl, String userName, String passwordReference, String alarmEmail,
        boolean dryRun, boolean force, boolean startCreated) {

    public static final String COMMAND = "--oms.admin-bootstrap";
    private static final Set<String> FLAGS = Set.of("--dry-run", "--force", "--start");
    private static final Set<String> VALUES = Set.of("--admin-url", "--username", "--password", "--alarm-email");

    public static BootstrapOptions parse(List<String> args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            if (arg.equals(COMMAND) || FLAGS.contains(arg)) {
                values.put(arg, "true");
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (equals < 0 || !VALUES.contains(name)) {
                throw new IllegalArgumentException(arg + ": unknown option; expected --admin-url=, --username=,"
                        + " --password=env:NAME, --alarm-email=, --dry-run, --force, --start");
            }
            values.put(name, arg.substring(equals + 1));
        }
        HttpUrl url = HttpUrl.parse(required(values, "--admin-url", "the admin's base URL with its context path,"
                + " e.g. http://10.0.0.5:8080/xxl-job-admin"));
        if (url == null) {
            throw new IllegalArgumentException("--admin-url: not an http(s) URL: " + values.get("--admin-url"));
        }
        String password = required(values, "--password", "a reference like env:OMS_SECRET_XXL_ADMIN_PASSWORD");
        if (!password.startsWith("env:")) {
            throw new IllegalArgumentException("--password: expected a reference like env:NAME; a password on the"
                    + " command line would be visible to every user of the machine");
        }
        String alarmEmail = values.getOrDefault("--alarm-email", "");
        if (!alarmEmail.isEmpty() && !alarmEmail.matches("[^\\s,@]+@[^\\s,@]+(,[^\\s,@]+@[^\\s,@]+)*")) {
            throw new IllegalArgumentException("--alarm-email: expected addresses separated by commas, was "
                    + alarmEmail);
        }
        return new BootstrapOptions(url, required(values, "--username", "the admin user, e.g. admin"), password,
                alarmEmail, values.containsKey("--dry-run"), values.containsKey("--force"),
                values.containsKey("--start"));
    }

    private static String required(Map<String, String> values, String name, String expected) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + ": missing; expected " + expected);
        }
        return value;
    }
}

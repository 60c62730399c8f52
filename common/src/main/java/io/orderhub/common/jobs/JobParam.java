package io.orderhub.common.jobs;

import java.util.Objects;

/**
 * One field of a job's JSON parameter.
 *
 * @param name    the JSON field name (the parameter record's component)
 * @param type    the JSON type an operator types, e.g. {@code string}, {@code ["TAOBAO"|"JD"|…]}, {@code date-time}
 * @param meaning what it does, and its default when absent
 */
public record JobParam(String name, String type, String meaning) {

    public JobParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(meaning, "meaning");
    }
}

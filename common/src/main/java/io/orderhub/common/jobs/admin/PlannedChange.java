package io.orderhub.common.jobs.admin;

import java.util.List;

/**
 * What the bootstrap does (or, in a dry run, would do) to one group or job.
 *
 * @param target      {@code group <app>} or {@code job <app>/<handler>}
 * @param differences the fields that change, {@code name: "admin" -> "catalogue"}
 */
public record PlannedChange(Kind kind, String target, List<String> differences) {

    public enum Kind {
        CREATE_GROUP("create"),
        CREATE_JOB("create"),
        UPDATE_JOB("update"),
        /** Edited in the admin since the bootstrap wrote it: left alone without {@code --force}. */
        LEAVE_EDITED("edited in the admin, left as it is (--force overwrites)"),
        UNCHANGED("unchanged");

        private final String verb;

        Kind(String verb) {
            this.verb = verb;
        }
    }

    public PlannedChange {
        differences = List.copyOf(differences);
    }

    public boolean writes() {
        return kind == Kind.CREATE_GROUP || kind == Kind.CREATE_JOB || kind == Kind.UPDATE_JOB;
    }

    @Override
    public String toString() {
        return target + ": " + kind.verb + (differences.isEmpty() ? "" : "\n    " + String.join("\n    ", differences));
    }
}

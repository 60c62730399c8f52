package io.orderhub.common.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders {@link JobCatalogue} as {@code docs/jobs.md}. Regenerate after changing the catalogue:
 * {@code java -cp common/target/classes io.orderhub.common.jobs.JobCatalogueDocument docs/jobs.md}
 * (after {@code ./mvnw -o -q -pl common compile}); {@code JobCatalogueDocumentTest} fails while the file differs.
 */
public final class JobCatalogueDocument {

    public static final String REGENERATE = "./mvnw -o -q -pl common compile && java -cp common/target/classes"
            + " io.orderhub.common.jobs.JobCatalogueDocument docs/jobs.md";

    private JobCatalogueDocument() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length == 0 ? "docs/jobs.md" : args[0]);
        Files.writeString(target, render(JobCatalogue.groups(), JobCatalogue.jobs()), StandardCharsets.UTF_8);
        System.out.println("wrote " + target);
    }

    public static String render(List<ExecutorGroupSpec> groups, List<JobSpec> jobs) {
        StringBuilder md = new StringBuilder();
        md.append("# Jobs\n\n")
                .append("<!-- Generated from io.orderhub.common.jobs.JobCatalogue; do not edit. Regenerate: ")
                .append(REGENERATE).append(" -->\n\n")
                .append("Every XXL-JOB handler of the three executors and how it is set up in the admin. The admin"
                        + " bootstrap (README, \"Admin bootstrap\") creates exactly this. Schedules are Quartz crons"
                        + " with seconds, in the admin's zone. Misfire strategy: `DO_NOTHING` for all (every"
                        + " scheduled job catches up from its own cursor or backlog). Scheduled jobs drop a trigger"
                        + " that finds them still running (`DISCARD_LATER`) and are not retried by the admin (the"
                        + " next run is the retry; the admin's retries come at once, without back-off). Jobs run"
                        + " by hand queue (`SERIAL_EXECUTION`) and are not retried: the operator reads the log."
                        + " Per-shop work is broadcast to every executor (`SHARDING_BROADCAST`, shops split by"
                        + " shard); everything else runs on one executor (`FAILOVER`: a dead executor stays in"
                        + " the address list for ~90 s, and `FIRST` would fail every trigger meanwhile). Timeout 0"
                        + " = none. Alarm e-mail: empty unless given to the bootstrap (`--alarm-email`).\n\n")
                .append("| app (executor group) | title | jobs |\n|---|---|---|\n");
        for (ExecutorGroupSpec group : groups) {
            List<JobSpec> own = jobs.stream().filter(j -> j.app().equals(group)).toList();
            md.append("| `").append(group.appName()).append("` | ").append(group.title()).append(" | ")
                    .append(own.isEmpty() ? "none yet" : String.join(", ", own.stream()
                            .map(j -> "`" + j.handler() + "`").toList()))
                    .append(" |\n");
        }
        md.append("\n| handler | app | schedule | route | block | timeout s | retries |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (JobSpec job : jobs) {
            md.append("| [`").append(job.handler()).append("`](#").append(job.handler().toLowerCase())
                    .append(") | `").append(job.app().appName()).append("` | ")
                    .append(job.scheduled() ? "`" + job.cron() + "`" : "by hand").append(" | ")
                    .append(job.route()).append(" | ").append(job.block()).append(" | ")
                    .append(job.timeoutSeconds()).append(" | ").append(job.failRetries()).append(" |\n");
        }
        for (JobSpec job : jobs) {
            appendJob(md, job);
        }
        return md.toString();
    }

    private static void appendJob(StringBuilder md, JobSpec job) {
        md.append("\n## ").append(job.handler()).append("\n\n").append(job.description()).append(".\n\n")
                .append("Parameter (`").append(simpleName(job.parameterType())).append("`): ");
        if (job.params().isEmpty()) {
            md.append("none (blank or `{}`).\n");
            return;
        }
        md.append("a JSON object; a field left out takes its default.\n\n| field | type | meaning |\n|---|---|---|\n");
        for (JobParam param : job.params()) {
            md.append("| `").append(param.name()).append("` | ").append(escape(param.type())).append(" | ")
                    .append(escape(param.meaning())).append(" |\n");
        }
        md.append("\nExample:\n\n```json\n").append(job.example()).append("\n```\n");
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }
}

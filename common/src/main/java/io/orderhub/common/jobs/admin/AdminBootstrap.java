package io.orderhub.common.jobs.admin;

import io.orderhub.common.jobs.ExecutorGroupSpec;
import io.orderhub.common.jobs.JobSpec;
import io.orderhub.common.jobs.admin.PlannedChange.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Brings an admin's executor groups and jobs in line with the catalogue, changing only what differs.
 *
 * <p>A job is found by its group and handler name (several jobs with one handler: the one the bootstrap wrote,
 * else the oldest). The bootstrap owns the fields of {@link JobSettings}; it writes its author value
 * {@code oms-bootstrap#<fingerprint of those fields>}. A job whose fields no longer match the fingerprint in its
 * author (or whose author is not the bootstrap's) was edited by an operator: it is left alone unless
 * {@code force}. A job whose fields already equal the catalogue's is never written, whoever its author.
 */
public class AdminBootstrap {

    private final XxlJobAdminClient admin;

    public AdminBootstrap(XxlJobAdminClient admin) {
        this.admin = admin;
    }

    /** @param apply false = dry run: the plan only, no write */
    public List<PlannedChange> run(List<ExecutorGroupSpec> groups, List<JobSpec> jobs, boolean apply, boolean force,
            boolean startCreated) {
        List<PlannedChange> changes = new ArrayList<>();
        for (ExecutorGroupSpec group : groups) {
            Optional<AdminGroup> existing = findGroup(group);
            if (existing.isEmpty()) {
                changes.add(new PlannedChange(Kind.CREATE_GROUP, "group " + group.appName(),
                        List.of("title: \"" + group.title() + "\"", "addressType: 0 (executors register)")));
                if (apply) {
                    admin.insertGroup(group.appName(), group.title());
                    existing = Optional.of(findGroup(group).orElseThrow(() -> new AdminApiException("group "
                            + group.appName() + " was created but the admin does not list it")));
                }
            }
            List<AdminJob> present = existing.map(g -> admin.jobs(g.id())).orElse(List.of());
            for (JobSpec job : jobs.stream().filter(j -> j.app().equals(group)).toList()) {
                changes.add(sync(job, existing.map(AdminGroup::id).orElse(0), present, apply, force, startCreated));
            }
        }
        return changes;
    }

    private PlannedChange sync(JobSpec job, int groupId, List<AdminJob> present, boolean apply, boolean force,
            boolean startCreated) {
        String target = "job " + job.app().appName() + "/" + job.handler();
        JobSettings wanted = JobSettings.of(job);
        Optional<AdminJob> found = present.stream().filter(j -> j.executorHandler().equals(job.handler()))
                .min(Comparator.comparing((AdminJob j) -> !j.author().startsWith(JobSettings.AUTHOR_PREFIX))
                        .thenComparing(AdminJob::id));
        if (found.isEmpty()) {
            if (apply) {
                int id = admin.insertJob(groupId, job.handler(), wanted.author(), wanted);
                if (startCreated && job.scheduled()) {
                    admin.startJob(id, job.handler());
                }
            }
            return new PlannedChange(Kind.CREATE_JOB, target, new JobSettings(null, null, null, null, null, null,
                    null, null, 0, 0).differencesTo(wanted));
        }
        AdminJob current = found.get();
        List<String> differences = current.settings().differencesTo(wanted);
        if (differences.isEmpty()) {
            return new PlannedChange(Kind.UNCHANGED, target, List.of());
        }
        boolean writtenByUs = current.author().equals(current.settings().author());
        if (!writtenByUs && !force) {
            return new PlannedChange(Kind.LEAVE_EDITED, target, differences);
        }
        if (apply) {
            admin.updateJob(current, wanted.author(), wanted);
        }
        return new PlannedChange(Kind.UPDATE_JOB, target, differences);
    }

    /** The admin lists by LIKE and allows duplicates: the exact app name, lowest id. */
    private Optional<AdminGroup> findGroup(ExecutorGroupSpec group) {
        return admin.groups(group.appName()).stream().filter(g -> g.appName().equals(group.appName()))
                .min(Comparator.comparingInt(AdminGroup::id));
    }
}

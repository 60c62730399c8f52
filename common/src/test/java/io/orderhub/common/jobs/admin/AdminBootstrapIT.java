package io.orderhub.common.jobs.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.jobs.JobCatalogue;
import io.orderhub.common.jobs.JobSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapIT {

    private static final String PASSWORD = "s3cret-Admin-Pw!";
    private static final String VARIABLE = "OMS_SECRET_XXL_ADMIN_PASSWORD";

    private final FakeXxlJobAdmin admin = new FakeXxlJobAdmin(PASSWORD);
    private final MockWebServer server = new MockWebServer();
    private String output = "";

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(admin);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void freshAdminGetsTheThreeGroupsAndEveryCatalogueJob() {
        assertThat(bootstrap()).isZero();

        assertThat(admin.groups()).extracting(g -> g.get("appname"))
                .containsExactly("oms-job-sync", "oms-job-monitor", "oms-job-report");
        assertThat(admin.jobs()).hasSize(JobCatalogue.jobs().size());
        for (JobSpec spec : JobCatalogue.jobs()) {
            Map<String, Object> job = admin.job(spec.handler());
            assertThat(job).containsAllEntriesOf(JobSettings.of(spec).fields());
            assertThat(job.get("jobGroup")).isEqualTo(groupId(spec.app().appName()));
            assertThat(job).containsEntry("glueType", "BEAN").containsEntry("triggerStatus", 0)
                    .containsEntry("author", JobSettings.of(spec).author());
        }
        assertThat(admin.job("channelOrderSync")).containsEntry("executorRouteStrategy", "SHARDING_BROADCAST")
                .containsEntry("scheduleType", "CRON");
        assertThat(admin.job("manualMarkPaid")).containsEntry("scheduleType", "NONE")
                .containsEntry("executorBlockStrategy", "SERIAL_EXECUTION");
        assertThat(output).contains("created 3 groups and " + JobCatalogue.jobs().size() + " jobs");
    }

    @Test
    void secondRunSendsNoWrite() {
        bootstrap();
        List<String> writesOfFirstRun = admin.writes();

        assertThat(bootstrap()).isZero();

        assertThat(admin.writes()).isEqualTo(writesOfFirstRun);
        assertThat(output).contains("created 0 groups and 0 jobs, updated 0, unchanged " + JobCatalogue.jobs().size()
                + ", left as edited 0");
    }

    @Test
    void existingGroupIsReusedAndItsTitleKept() {
        int legacy = admin.addGroup("oms-job-sync-legacy", "old sync");
        int existing = admin.addGroup("oms-job-sync", "同步执行器");

        bootstrap();

        assertThat(admin.groups()).filteredOn(g -> g.get("appname").equals("oms-job-sync")).singleElement()
                .satisfies(g -> assertThat(g).containsEntry("id", existing).containsEntry("title", "同步执行器"));
        assertThat(admin.job("channelOrderSync")).containsEntry("jobGroup", existing);
        assertThat(admin.jobs()).noneMatch(j -> j.get("jobGroup").equals(legacy));
        assertThat(admin.writes()).filteredOn(w -> w.equals("/jobgroup/insert")).hasSize(2);
    }

    @Test
    void jobAnOperatorEditedIsLeftAsItIs() {
        bootstrap();
        admin.edit("channelOrderSync", "scheduleConf", "0 */2 * * * ?");
        List<String> writesBefore = admin.writes();

        assertThat(bootstrap()).isZero();

        assertThat(admin.writes()).isEqualTo(writesBefore);
        assertThat(admin.job("channelOrderSync")).containsEntry("scheduleConf", "0 */2 * * * ?");
        assertThat(output).contains("job oms-job-sync/channelOrderSync: edited in the admin, left as it is"
                + " (--force overwrites)\n    scheduleConf: \"0 */2 * * * ?\" -> \"0 */5 * * * ?\"");
        assertThat(output).contains("left as edited 1");
    }

    @Test
    void forceOverwritesTheOperatorsEdit() {
        bootstrap();
        admin.edit("channelOrderSync", "scheduleConf", "0 */2 * * * ?");
        admin.edit("channelOrderSync", "childJobId", "7");
        int id = (Integer) admin.job("channelOrderSync").get("id");
        List<String> writesBefore = admin.writes();

        assertThat(bootstrap("--force")).isZero();

        assertThat(admin.writes()).hasSize(writesBefore.size() + 1).last().isEqualTo("/jobinfo/update " + id);
        assertThat(admin.job("channelOrderSync")).containsEntry("scheduleConf", "0 */5 * * * ?")
                .containsEntry("childJobId", "7");
    }

    @Test
    void jobTheBootstrapWroteFollowsACatalogueChange() {
        int group = admin.addGroup("oms-job-sync", "OMS sync");
        JobSettings previous = new JobSettings("Pull orders", "", "CRON", "0 */10 * * * ?", "DO_NOTHING",
                "SHARDING_BROADCAST", "", "SERIAL_EXECUTION", 0, 0);
        admin.addJob(form(group, "channelOrderSync", previous.author(), previous));
        JobSettings handMade = new JobSettings("Drain by hand", "", "CRON", "0 */3 * * * ?", "DO_NOTHING",
                "FIRST", "", "SERIAL_EXECUTION", 0, 0);
        admin.addJob(form(group, "inboxDrain", "li.wei", handMade));

        bootstrap();

        JobSpec sync = JobCatalogue.jobs().get(0);
        assertThat(admin.job("channelOrderSync")).containsAllEntriesOf(JobSettings.of(sync).fields());
        assertThat(admin.job("inboxDrain")).containsEntry("author", "li.wei").containsEntry("executorRouteStrategy",
                "FIRST");
        assertThat(output).contains("job oms-job-sync/channelOrderSync: update\n    jobDesc: \"Pull orders\"")
                .contains("job oms-job-sync/inboxDrain: edited in the admin");
    }

    @Test
    void jobWhoseEmptyColumnsTheAdminListsAsNullMatchesTheCatalogue() {
        int group = admin.addGroup("oms-job-monitor", "OMS monitor");
        JobSpec dispatch = JobCatalogue.jobsOf("oms-job-monitor").get(0);
        Map<String, String> form = form(group, dispatch.handler(), "li.wei", JobSettings.of(dispatch));
        form.remove("alarmEmail");
        form.remove("executorParam");
        form.remove("childJobId");
        admin.addJob(form);

        bootstrap();

        assertThat(admin.job(dispatch.handler())).containsEntry("alarmEmail", null).containsEntry("author", "li.wei");
        assertThat(output).contains("job oms-job-monitor/" + dispatch.handler() + ": unchanged");
    }

    @Test
    void dryRunPrintsTheDiffAndSendsNoWrite() {
        assertThat(bootstrap("--dry-run")).isZero();

        assertThat(admin.writes()).isEmpty();
        assertThat(admin.groups()).isEmpty();
        assertThat(output).contains("(dry run: nothing is written)")
                .contains("group oms-job-monitor: create\n    title: \"OMS monitor\"")
                .contains("job oms-job-sync/channelOrderSync: create\n    jobDesc: ")
                .contains("executorRouteStrategy: \"\" -> \"SHARDING_BROADCAST\"")
                .contains("would create 3 groups and " + JobCatalogue.jobs().size() + " jobs");
    }

    @Test
    void dryRunWithForceShowsTheOverwriteWithoutWriting() {
        bootstrap();
        admin.edit("alertDispatch", "executorTimeout", 30);
        List<String> writesBefore = admin.writes();

        bootstrap("--dry-run", "--force");

        assertThat(admin.writes()).isEqualTo(writesBefore);
        assertThat(output).contains("job oms-job-monitor/alertDispatch: update\n    executorTimeout: \"30\" -> \"300\"");
    }

    @Test
    void startStartsOnlyTheScheduledJobsItCreates() {
        bootstrap("--start");

        assertThat(admin.job("channelOrderSync")).containsEntry("triggerStatus", 1);
        assertThat(admin.job("manualMarkPaid")).containsEntry("triggerStatus", 0);
    }

    @Test
    void alarmEmailGoesToEveryJob() {
        bootstrap("--alarm-email=ops@example.com,oncall@example.com");

        assertThat(admin.jobs()).allSatisfy(j -> assertThat(j).containsEntry("alarmEmail",
                "ops@example.com,oncall@example.com"));
    }

    @Test
    void wrongPasswordFailsNamingTheAdminsMessage() {
        int exit = run(Stream.of("--oms.admin-bootstrap", "--admin-url=" + adminUrl(), "--username=admin",
                "--password=env:" + VARIABLE).toArray(String[]::new), "not-the-password");

        assertThat(exit).isEqualTo(1);
        assertThat(output).contains("admin bootstrap FAILED: log in as 'admin': the admin answered 500 \"账号或密码错误\"");
        assertThat(admin.writes()).isEmpty();
    }

    @Test
    void lostSessionIsReportedWithTheAdminsMessage() {
        admin.expireSessions();
        server.setDispatcher(new Dispatcher() {
            private boolean loggedIn;

            @Override
            public MockResponse dispatch(RecordedRequest request) {
                MockResponse response = admin.dispatch(request);
                if (!loggedIn) {
                    loggedIn = true;
                    admin.expireSessions();
                }
                return response;
            }
        });

        assertThat(bootstrap()).isEqualTo(1);

        assertThat(output).contains("list executor groups: the admin answered 500 \"com.xxl.sso.core.exception"
                + ".XxlSsoException: not login for path:/jobgroup/pageList\"");
    }

    @Test
    void wrongBaseUrlNamesTheContextPath() {
        int exit = run(new String[] {"--oms.admin-bootstrap", "--admin-url=" + server.url("/").toString(),
                "--username=admin", "--password=env:" + VARIABLE}, PASSWORD);

        assertThat(exit).isEqualTo(1);
        assertThat(output).contains("HTTP 404").contains("must include its context path");
    }

    @Test
    void passwordOnTheCommandLineOrUnsetIsRefused() {
        assertThat(run(new String[] {"--oms.admin-bootstrap", "--admin-url=" + adminUrl(), "--username=admin",
                "--password=" + PASSWORD}, PASSWORD)).isEqualTo(2);
        assertThat(output).contains("--password: expected a reference like env:NAME").doesNotContain(PASSWORD);

        assertThat(run(new String[] {"--oms.admin-bootstrap", "--admin-url=" + adminUrl(), "--username=admin",
                "--password=env:OMS_SECRET_NOT_SET"}, PASSWORD)).isEqualTo(2);
        assertThat(output).contains("environment variable OMS_SECRET_NOT_SET is not set");
        assertThat(admin.requestBodies()).isEmpty();
    }

    @Test
    void passwordIsSentOnlyToLogInAndNeverPrintedOrLogged(CapturedOutput captured) {
        bootstrap("--dry-run");
        bootstrap();
        run(new String[] {"--oms.admin-bootstrap", "--admin-url=" + adminUrl(), "--username=admin",
                "--password=env:" + VARIABLE}, "wrong-" + PASSWORD);

        assertThat(output).doesNotContain(PASSWORD);
        assertThat(captured.getAll()).doesNotContain(PASSWORD);
        assertThat(admin.requestBodies()).filteredOn(b -> b.contains("s3cret")).hasSize(3)
                .allMatch(b -> b.startsWith("userName=admin&password="));
    }

    private int bootstrap(String... options) {
        List<String> args = new ArrayList<>(List.of("--oms.admin-bootstrap", "--admin-url=" + adminUrl(),
                "--username=admin", "--password=env:" + VARIABLE));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new), PASSWORD);
    }

    private int run(String[] args, String passwordInEnvironment) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(VARIABLE,
                passwordInEnvironment)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = new AdminBootstrapCommand(environment, new HttpClientFactory(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(args);
        output = bytes.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private String adminUrl() {
        return server.url(FakeXxlJobAdmin.CONTEXT).toString();
    }

    private int groupId(String appName) {
        return admin.groups().stream().filter(g -> g.get("appname").equals(appName))
                .map(g -> (Integer) g.get("id")).findFirst().orElseThrow();
    }

    private static Map<String, String> form(int group, String handler, String author, JobSettings settings) {
        Map<String, String> form = new HashMap<>();
        form.put("jobGroup", String.valueOf(group));
        form.put("executorHandler", handler);
        form.put("author", author);
        settings.fields().forEach((name, value) -> form.put(name, String.valueOf(value)));
        form.put("childJobId", "");
        return form;
    }
}

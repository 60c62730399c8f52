package io.orderhub.common.jobs.admin;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.http.HttpClientSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The XXL-JOB admin's web API (3.3.x), called as its own pages call it: a form POST per action after logging in,
 * the session in the {@code xxl_job_login_token} cookie. Every reply is the admin's {@code Response}
 * ({@code com.xxl.tool.response.Response}: {@code code} 200 = success, {@code msg}, {@code data}); lists come as
 * {@code PageModel} ({@code data}, {@code total}) and page with {@code offset}/{@code pagesize}. A call without a
 * valid session is not redirected: the admin's {@code XxlSsoWebInterceptor} throws and its
 * {@code WebHandlerExceptionResolver} answers HTTP 200 with {@code code} 500 and a "not login" {@code msg}, so
 * every call checks {@code code}.
 *
 * <p>Read in the admin's source at tag 3.3.2: {@code controller/base/LoginController}, {@code
 * controller/biz/JobGroupController}, {@code controller/biz/JobInfoController}, {@code
 * service/impl/XxlJobServiceImpl}, {@code web/xxlsso/XxlSsoConfig}, {@code web/error/WebHandlerExceptionResolver},
 * and xxl-tool 2.4.2's {@code Response}/{@code PageModel}. Older admins differ and are not supported: 2.x logs in
 * at {@code POST /login} (cookie {@code XXL_JOB_LOGIN_IDENTITY}); 2.x to 3.2 answer {@code ReturnT}
 * ({@code code}, {@code msg}, {@code content}), create groups at {@code /jobgroup/save} and page with
 * {@code start}/{@code length} into {@code {recordsTotal, recordsFiltered, data}}. Against them this client fails
 * naming the call and what it got.
 */
public class XxlJobAdminClient {

    /** The admin's cookie ({@code xxl-sso.token.key} in its application.properties). */
    static final String SESSION_COOKIE = "xxl_job_login_token";
    private static final int PAGE_SIZE = 100;
    private static final int SUCCESS = 200;

    private final HttpUrl base;
    private final OkHttpClient http;
    private final SessionCookies cookies = new SessionCookies();
    private final JsonMapper json = JsonMapper.builder().build();

    /** @param base the admin's root including its context path, e.g. {@code http://10.0.0.5:8080/xxl-job-admin} */
    public XxlJobAdminClient(HttpUrl base, HttpClientFactory clients) {
        this.base = base;
        this.http = clients.newClient(HttpClientSettings.named("xxl-job-admin")
                        .withRedirects(HttpClientSettings.Redirects.NOT_FOLLOWED))
                .newBuilder().cookieJar(cookies).build();
    }

    /** {@code LoginController.doLogin}: form {@code userName}, {@code password}; sets the session cookie. */
    public void login(String userName, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("userName", userName);
        form.put("password", password);
        JsonNode reply = post("auth/doLogin", form, "log in as '" + userName + "'");
        if (!cookies.has(SESSION_COOKIE)) {
            throw new AdminApiException("log in as '" + userName + "': the admin answered " + reply.path("code")
                    + " but set no " + SESSION_COOKIE + " cookie; is this an XXL-JOB 3.3 admin?");
        }
    }

    /** {@code JobGroupController.pageList}: {@code appname} matches with LIKE, so the caller compares exactly. */
    public List<AdminGroup> groups(String appName) {
        return pages("jobgroup/pageList", Map.of("appname", appName, "title", ""), "list executor groups",
                g -> new AdminGroup(g.path("id").asInt(), g.path("appname").asString(""), g.path("title").asString("")));
    }

    /** {@code JobGroupController.insert}: {@code addressType} 0 = executors register themselves; no id returned. */
    public void insertGroup(String appName, String title) {
        post("jobgroup/insert", Map.of("appname", appName, "title", title, "addressType", "0", "addressList", ""),
                "create executor group " + appName);
    }

    /** {@code JobInfoController.pageList}: every filter parameter is required; -1 / empty = any. */
    public List<AdminJob> jobs(int jobGroup) {
        return pages("jobinfo/pageList", Map.of("jobGroup", String.valueOf(jobGroup), "triggerStatus", "-1",
                "jobDesc", "", "executorHandler", "", "author", ""), "list jobs of group " + jobGroup, this::job);
    }

    /** {@code JobInfoController.add} ({@code /jobinfo/insert}): a BEAN job, created stopped; returns its id. */
    public int insertJob(int jobGroup, String handler, String author, JobSettings settings) {
        Map<String, String> form = jobForm(jobGroup, handler, author, settings, "");
        form.put("glueType", "BEAN");
        form.put("glueSource", "");
        form.put("glueRemark", "created by the oms admin bootstrap");
        JsonNode reply = post("jobinfo/insert", form, "create job " + handler);
        return Integer.parseInt(reply.path("data").asString("0"));
    }

    /**
     * {@code JobInfoController.update}: the admin replaces every field of the form (GLUE fields excepted), so the
     * job's child job ids are sent back unchanged.
     */
    public void updateJob(AdminJob job, String author, JobSettings settings) {
        Map<String, String> form = jobForm(job.jobGroup(), job.executorHandler(), author, settings, job.childJobId());
        form.put("id", String.valueOf(job.id()));
        post("jobinfo/update", form, "update job " + job.id() + " (" + job.executorHandler() + ")");
    }

    /** {@code JobInfoController.start} ({@code ids[]}, one id). */
    public void startJob(int id, String handler) {
        post("jobinfo/start", Map.of("ids[]", String.valueOf(id)), "start job " + id + " (" + handler + ")");
    }

    private static Map<String, String> jobForm(int jobGroup, String handler, String author, JobSettings settings,
            String childJobId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jobGroup", String.valueOf(jobGroup));
        form.put("executorHandler", handler);
        form.put("author", author);
        settings.fields().forEach((name, value) -> form.put(name, String.valueOf(value)));
        form.put("childJobId", childJobId == null ? "" : childJobId);
        return form;
    }

    private AdminJob job(JsonNode j) {
        JobSettings settings = new JobSettings(j.path("jobDesc").asString(""), j.path("alarmEmail").asString(""),
                j.path("scheduleType").asString(""), j.path("scheduleConf").asString(""),
                j.path("misfireStrategy").asString(""), j.path("executorRouteStrategy").asString(""),
                j.path("executorParam").asString(""), j.path("executorBlockStrategy").asString(""),
                j.path("executorTimeout").asInt(), j.path("executorFailRetryCount").asInt());
        return new AdminJob(j.path("id").asInt(), j.path("jobGroup").asInt(), j.path("executorHandler").asString(""),
                j.path("author").asString(""), settings, j.path("childJobId").asString(""),
                j.path("triggerStatus").asInt());
    }

    private <T> List<T> pages(String path, Map<String, String> filter, String action, Function<JsonNode, T> row) {
        List<T> rows = new ArrayList<>();
        int total;
        do {
            Map<String, String> form = new LinkedHashMap<>(filter);
            form.put("offset", String.valueOf(rows.size()));
            form.put("pagesize", String.valueOf(PAGE_SIZE));
            JsonNode page = post(path, form, action).path("data");
            JsonNode data = page.path("data");
            if (!data.isArray()) {
                throw new AdminApiException(action + ": the admin's reply has no data.data list; is this an"
                        + " XXL-JOB 3.3 admin?");
            }
            data.forEach(r -> rows.add(row.apply(r)));
            total = page.path("total").asInt();
            if (data.isEmpty()) {
                break;
            }
        } while (rows.size() < total);
        return rows;
    }

    private JsonNode post(String path, Map<String, String> form, String action) {
        FormBody.Builder body = new FormBody.Builder();
        form.forEach(body::add);
        Request request = new Request.Builder().url(base.newBuilder().addPathSegments(path).build())
                .post(body.build()).build();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            if (response.code() != SUCCESS) {
                throw new AdminApiException(action + ": HTTP " + response.code() + " from " + request.url()
                        + (response.isRedirect() ? " (a redirect: session lost, or not the admin's base URL)" : "")
                        + "; the admin URL must include its context path, e.g. http://host:8080/xxl-job-admin");
            }
            JsonNode reply = parse(text, action);
            if (reply.path("code").asInt() != SUCCESS) {
                throw new AdminApiException(action + ": the admin answered " + reply.path("code").asInt() + " \""
                        + reply.path("msg").asString("") + "\"");
            }
            return reply;
        } catch (IOException e) {
            throw new AdminApiException(action + ": " + request.url() + " unreachable: " + e.getMessage(), e);
        }
    }

    private JsonNode parse(String text, String action) {
        try {
            JsonNode reply = json.readTree(text);
            if (reply != null && reply.isObject() && reply.has("code")) {
                return reply;
            }
        } catch (JacksonException e) {
            // handled below: not the admin's JSON (a login page, a proxy's error page)
        }
        String start = text.strip();
        throw new AdminApiException(action + ": the admin's reply is not its JSON response: \""
                + (start.length() > 80 ? start.substring(0, 80) + "…" : start) + "\"");
    }
}

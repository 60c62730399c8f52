package io.orderhub.common.jobs.admin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * An XXL-JOB 3.3.2 admin as its web API answers, with state (users, groups, jobs, sessions), under the context path
 * {@code /xxl-job-admin}. Shapes and rules as read in the admin's source (tag 3.3.2): {@code LoginController}
 * (doLogin, messages of message_zh_CN.properties, the default locale), {@code XxlSsoWebInterceptor} + {@code
 * WebHandlerExceptionResolver} (a call without a session: HTTP 200, Gson {@code {"code":500,"msg":…}}),
 * {@code JobGroupController} (pageList LIKE on appname, insert validation), {@code JobInfoController} +
 * {@code XxlJobServiceImpl} (required pageList parameters, insert/update validation, update keeps the GLUE
 * fields and trigger status), {@code PageModel} ({@code offset}, {@code pagesize}, {@code data}, {@code total}).
 */
public final class FakeXxlJobAdmin extends Dispatcher {

    public static final String CONTEXT = "/xxl-job-admin";
    static final String USER = "admin";
    private static final Set<String> ROUTES = Set.of("FIRST", "LAST", "ROUND", "RANDOM", "CONSISTENT_HASH",
            "LEAST_FREQUENTLY_USED", "LEAST_RECENTLY_USED", "FAILOVER", "BUSYOVER", "SHARDING_BROADCAST");
    private static final Set<String> BLOCKS = Set.of("SERIAL_EXECUTION", "DISCARD_LATER", "COVER_EARLY");
    private static final Set<String> MISFIRES = Set.of("DO_NOTHING", "FIRE_ONCE_NOW");
    private static final Set<String> SCHEDULES = Set.of("NONE", "CRON", "FIX_RATE");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String password;
    private final Map<Integer, Map<String, Object>> groups = new LinkedHashMap<>();
    private final Map<Integer, Map<String, Object>> jobs = new LinkedHashMap<>();
    private final List<String> tokens = new CopyOnWriteArrayList<>();
    private final List<String> writes = new CopyOnWriteArrayList<>();
    private final List<String> requestBodies = new CopyOnWriteArrayList<>();
    private int nextGroupId = 1;
    private int nextJobId = 1;

    public FakeXxlJobAdmin(String password) {
        this.password = password;
    }

    /** Write calls (insert, update, start, …) in the order received, as {@code path} or {@code path id}. */
    public List<String> writes() {
        return List.copyOf(writes);
    }

    public List<String> requestBodies() {
        return List.copyOf(requestBodies);
    }

    synchronized int addGroup(String appName, String title) {
        int id = nextGroupId++;
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("id", id);
        group.put("appname", appName);
        group.put("title", title);
        group.put("addressType", 0);
        group.put("addressList", null);
        group.put("updateTime", "2026-12-05T10:00:00.000+00:00");
        group.put("registryList", null);
        groups.put(id, group);
        return id;
    }

    synchronized int addJob(Map<String, String> form) {
        int id = nextJobId++;
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("id", id);
        job.put("jobGroup", Integer.parseInt(form.get("jobGroup")));
        job.put("jobDesc", form.get("jobDesc"));
        job.put("addTime", "2026-12-05T10:00:00.000+00:00");
        job.put("updateTime", "2026-12-05T10:00:00.000+00:00");
        job.put("author", form.get("author"));
        job.put("glueType", form.getOrDefault("glueType", "BEAN"));
        job.put("glueSource", form.getOrDefault("glueSource", ""));
        job.put("glueRemark", form.getOrDefault("glueRemark", ""));
        job.put("glueUpdatetime", "2026-12-05T10:00:00.000+00:00");
        job.put("triggerStatus", 0);
        job.put("triggerLastTime", 0);
        job.put("triggerNextTime", 0);
        copyEditable(form, job);
        jobs.put(id, job);
        return id;
    }

    synchronized Map<String, Object> job(String handler) {
        return jobs.values().stream().filter(j -> handler.equals(j.get("executorHandler"))).findFirst()
                .orElseThrow(() -> new AssertionError("no job " + handler));
    }

    public synchronized List<Map<String, Object>> jobs() {
        return new ArrayList<>(jobs.values());
    }

    public synchronized List<Map<String, Object>> groups() {
        return new ArrayList<>(groups.values());
    }

    /** The sessions end (the admin restarted with another token store, or the user logged in elsewhere). */
    void expireSessions() {
        tokens.clear();
    }

    /** What an operator does in the job form: change one field. */
    synchronized void edit(String handler, String field, Object value) {
        job(handler).put(field, value);
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (!path.startsWith(CONTEXT + "/")) {
            return new MockResponse.Builder().code(404).body("{\"timestamp\":\"…\",\"status\":404,\"error\":"
                    + "\"Not Found\",\"path\":\"" + path + "\"}").build();
        }
        String route = path.substring(CONTEXT.length());
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        requestBodies.add(body);
        Map<String, String> form = form(body);
        if (route.equals("/auth/doLogin")) {
            return login(form);
        }
        if (!loggedIn(request)) {
            // XxlSsoWebInterceptor throws XxlSsoException(301, …); WebHandlerExceptionResolver writes
            // Response.ofFail(ex.toString()) with Gson (null data left out), HTTP 200.
            return json("{\"code\":500,\"msg\":\"com.xxl.sso.core.exception.XxlSsoException: not login for path:"
                    + route + "\"}");
        }
        return switch (route) {
            case "/jobgroup/pageList" -> groupPage(form);
            case "/jobgroup/insert" -> insertGroup(form);
            case "/jobinfo/pageList" -> jobPage(form);
            case "/jobinfo/insert" -> insertJob(form);
            case "/jobinfo/update" -> updateJob(form);
            case "/jobinfo/start" -> startJob(form);
            default -> new MockResponse.Builder().code(404).body("Not Found").build();
        };
    }

    private MockResponse login(Map<String, String> form) {
        String user = form.get("userName");
        String given = form.get("password");
        if (user == null || user.isBlank() || given == null || given.isBlank()) {
            return fail("账号或密码为空");
        }
        if (!USER.equals(user) || !password.equals(given)) {
            return fail("账号或密码错误");
        }
        String token = UUID.randomUUID().toString().replace("-", "");
        tokens.add(token);
        return new MockResponse.Builder()
                .addHeader("Set-Cookie", XxlJobAdminClient.SESSION_COOKIE + "=" + token + "; Path=/; HttpOnly")
                .addHeader("Content-Type", "application/json")
                .body("{\"code\":200,\"msg\":\"Success\",\"data\":null,\"success\":true}").build();
    }

    private boolean loggedIn(RecordedRequest request) {
        String cookie = request.getHeaders().get("Cookie");
        return cookie != null && tokens.stream().anyMatch(t -> cookie.contains(XxlJobAdminClient.SESSION_COOKIE
                + "=" + t));
    }

    private MockResponse groupPage(Map<String, String> form) {
        String appName = form.getOrDefault("appname", "");
        String title = form.getOrDefault("title", "");
        List<Map<String, Object>> matching = groups.values().stream()
                .filter(g -> ((String) g.get("appname")).contains(appName) && ((String) g.get("title")).contains(title))
                .sorted(Comparator.comparing((Map<String, Object> g) -> (String) g.get("appname"))
                        .thenComparing(g -> (String) g.get("title")).thenComparing(g -> (Integer) g.get("id")))
                .toList();
        return page(matching, form);
    }

    private MockResponse insertGroup(Map<String, String> form) {
        String appName = form.get("appname");
        if (appName == null || appName.isBlank()) {
            return fail("请输入AppName");
        }
        if (appName.length() < 4 || appName.length() > 64) {
            return fail("AppName长度限制为4~64");
        }
        String title = form.get("title");
        if (title == null || title.isBlank()) {
            return fail("请输入名称");
        }
        if (title.length() > 12) {
            // MySQL: Data too long for column 'title' (the admin does not check the length itself)
            return json("{\"code\":500,\"msg\":\"org.springframework.dao.DataIntegrityViolationException: Data too"
                    + " long for column 'title'\"}");
        }
        if (!"0".equals(form.getOrDefault("addressType", "0"))) {
            return fail("手动录入注册方式，机器地址不可为空");
        }
        writes.add("/jobgroup/insert");
        addGroup(appName, title);
        return success("null");
    }

    private MockResponse jobPage(Map<String, String> form) {
        for (String required : List.of("jobGroup", "triggerStatus", "jobDesc", "executorHandler", "author")) {
            if (!form.containsKey(required)) {
                return json("{\"code\":500,\"msg\":\"org.springframework.web.bind.MissingServletRequestParameterException:"
                        + " Required request parameter '" + required + "' for method parameter type "
                        + (required.equals("jobGroup") || required.equals("triggerStatus") ? "int" : "String")
                        + " is not present\"}");
            }
        }
        int group = Integer.parseInt(form.get("jobGroup"));
        int status = Integer.parseInt(form.get("triggerStatus"));
        List<Map<String, Object>> matching = jobs.values().stream()
                .filter(j -> group <= 0 || (Integer) j.get("jobGroup") == group)
                .filter(j -> status < 0 || (Integer) j.get("triggerStatus") == status)
                .filter(j -> ((String) j.get("jobDesc")).contains(form.get("jobDesc")))
                .filter(j -> ((String) j.get("executorHandler")).contains(form.get("executorHandler")))
                .filter(j -> ((String) j.get("author")).contains(form.get("author")))
                .sorted(Comparator.comparing((Map<String, Object> j) -> (Integer) j.get("id")).reversed())
                .toList();
        return page(matching, form);
    }

    private MockResponse insertJob(Map<String, String> form) {
        String invalid = invalidJob(form);
        if (invalid != null) {
            return fail(invalid);
        }
        if (!"BEAN".equals(form.get("glueType"))) {
            return fail("运行模式非法");
        }
        if (form.getOrDefault("executorHandler", "").isBlank()) {
            return fail("请输入JobHandler");
        }
        int id = addJob(form);
        writes.add("/jobinfo/insert " + id);
        return success("\"" + id + "\"");
    }

    private MockResponse updateJob(Map<String, String> form) {
        String invalid = invalidJob(form);
        if (invalid != null) {
            return fail(invalid);
        }
        Map<String, Object> job = jobs.get(Integer.parseInt(form.getOrDefault("id", "0")));
        if (job == null) {
            return fail("任务ID不存在");
        }
        writes.add("/jobinfo/update " + job.get("id"));
        job.put("jobGroup", Integer.parseInt(form.get("jobGroup")));
        job.put("author", form.get("author"));
        copyEditable(form, job);
        return success("null");
    }

    private MockResponse startJob(Map<String, String> form) {
        Map<String, Object> job = jobs.get(Integer.parseInt(form.getOrDefault("ids[]", "0")));
        if (job == null) {
            return fail("任务ID不存在");
        }
        writes.add("/jobinfo/start " + job.get("id"));
        job.put("triggerStatus", 1);
        return success("null");
    }

    /** XxlJobServiceImpl.add/update checks, in their order; messages as in message_zh_CN.properties. */
    private String invalidJob(Map<String, String> form) {
        if (!groups.containsKey(Integer.parseInt(form.getOrDefault("jobGroup", "0")))) {
            return "请选择执行器";
        }
        if (form.getOrDefault("jobDesc", "").isBlank()) {
            return "请输入任务描述";
        }
        if (form.getOrDefault("author", "").isBlank()) {
            return "请输入负责人";
        }
        String schedule = form.get("scheduleType");
        if (!SCHEDULES.contains(schedule)) {
            return "调度类型非法";
        }
        if (schedule.equals("CRON") && form.getOrDefault("scheduleConf", "").split(" ").length < 6) {
            return "Cron非法";
        }
        if (schedule.equals("NONE") && !form.containsKey("scheduleConf")) {
            // update compares scheduleConf with equals(): a missing one is a NullPointerException in the admin
            return "java.lang.NullPointerException";
        }
        if (!ROUTES.contains(form.get("executorRouteStrategy"))) {
            return "路由策略非法";
        }
        if (!MISFIRES.contains(form.get("misfireStrategy"))) {
            return "调度过期策略非法";
        }
        if (!BLOCKS.contains(form.get("executorBlockStrategy"))) {
            return "阻塞处理策略非法";
        }
        return null;
    }

    private static void copyEditable(Map<String, String> form, Map<String, Object> job) {
        for (String field : List.of("jobDesc", "alarmEmail", "scheduleType", "scheduleConf", "misfireStrategy",
                "executorRouteStrategy", "executorHandler", "executorParam", "executorBlockStrategy", "childJobId")) {
            job.put(field, form.get(field));
        }
        job.put("executorTimeout", Integer.parseInt(form.getOrDefault("executorTimeout", "0")));
        job.put("executorFailRetryCount", Integer.parseInt(form.getOrDefault("executorFailRetryCount", "0")));
    }

    private static MockResponse page(List<Map<String, Object>> rows, Map<String, String> form) {
        int offset = Integer.parseInt(form.getOrDefault("offset", "0"));
        int size = Integer.parseInt(form.getOrDefault("pagesize", "10"));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("offset", 0);
        page.put("pagesize", 0);
        page.put("data", rows.subList(Math.min(offset, rows.size()), Math.min(offset + size, rows.size())));
        page.put("total", rows.size());
        return success(JSON.writeValueAsString(page));
    }

    private static MockResponse success(String data) {
        return json("{\"code\":200,\"msg\":\"Success\",\"data\":" + data + ",\"success\":true}");
    }

    private static MockResponse fail(String message) {
        return json("{\"code\":500,\"msg\":" + JSON.writeValueAsString(message) + ",\"data\":null,\"success\":false}");
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json;charset=UTF-8").body(body)
                .build();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            form.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return form;
    }
}

package io.orderhub.sync.shop.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.config.OmsCommonAutoConfiguration;
import io.orderhub.common.executor.BoundXxlJobExecutor;
import io.orderhub.common.order.Channel;
import io.orderhub.common.testing.TestDatabase;
import io.orderhub.sync.JobSyncApplication;
import io.orderhub.sync.shop.ChannelShopRow;
import io.orderhub.sync.shop.ShopDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shop onboarding against MariaDB (a fresh schema of its own) and the four platforms' gateways faked on one
 * MockWebServer ({@link PlatformGatewayFake}: their paths, signatures by the documented rules, their replies).
 */
@ExtendWith(OutputCaptureExtension.class)
class ShopOnboardingIT {

    private static final String APP_KEY = "1234567890123456789"; // 抖店 app keys are 19 digits
    private static final String SECRET = "right-secret-4f1c";
    private static final String WRONG_SECRET = "wrong-secret-9a2e";
    private static final String TOKEN = "right-token-77d0";

    static MockWebServer platforms;
    static ConfigurableApplicationContext executor;
    static ShopCommands commands;
    static ShopDirectory shops;

    @BeforeAll
    static void start() throws Exception {
        platforms = new MockWebServer();
        platforms.setDispatcher(new PlatformGatewayFake(SECRET, TOKEN));
        platforms.start();
        executor = context(TestDatabase.get().freshSchemaProperties());
        commands = executor.getBean(ShopCommands.class);
        shops = executor.getBean(ShopDirectory.class);
    }

    @AfterAll
    static void stop() throws Exception {
        if (executor != null) {
            executor.close();
        }
        platforms.close();
    }

    /** The secrets as this machine's environment would hold them (SecretResolver reads any property source). */
    private static Map<String, Object> environment(Map<String, Object> database) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("OMS_SECRET_SHOP_APP_SECRET", SECRET);
        properties.put("OMS_SECRET_SHOP_WRONG_SECRET", WRONG_SECRET);
        properties.put("OMS_SECRET_SHOP_TOKEN", TOKEN);
        properties.put("OMS_SECRET_SHOP_OLD_TOKEN", "revoked-token");
        return properties;
    }

    private static ConfigurableApplicationContext context(Map<String, Object> database, String... args) {
        Map<String, Object> properties = environment(database);
        return new SpringApplicationBuilder(JobSyncApplication.class).profiles("test").web(WebApplicationType.NONE)
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("shop-onboarding-test", properties)))
                .run(args);
    }

    private static String gateway() {
        return platforms.url("/").toString();
    }

    /** The options of a good shop on the fake gateway, the given ones replacing or adding to them. */
    private static String[] shop(Channel channel, String shopId, String... options) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("channel", channel.name());
        values.put("shop-id", shopId);
        values.put("display-name", channel + " shop " + shopId);
        values.put("app-key", APP_KEY);
        values.put("app-secret-ref", "env:OMS_SECRET_SHOP_APP_SECRET");
        values.put("access-token-ref", "env:OMS_SECRET_SHOP_TOKEN");
        values.put("api-base-url", gateway());
        for (String option : options) {
            String[] nameAndValue = option.split("=", 2);
            if (nameAndValue.length == 1) {
                values.put(nameAndValue[0], null);
            } else {
                values.put(nameAndValue[0], nameAndValue[1]);
            }
        }
        List<String> args = new ArrayList<>();
        values.forEach((name, value) -> args.add(value == null ? "--" + name : "--" + name + "=" + value));
        return args.toArray(String[]::new);
    }

    private static List<String> run(String subcommand, String... args) {
        return commands.run(subcommand, new DefaultApplicationArguments(args));
    }

    private static Optional<ChannelShopRow> stored(Channel channel, String shopId) {
        return shops.find(channel, shopId);
    }

    private static List<RecordedRequest> callsDuring(Runnable command) {
        int before = platforms.getRequestCount();
        command.run();
        List<RecordedRequest> calls = new ArrayList<>();
        for (int i = before; i < platforms.getRequestCount(); i++) {
            try {
                calls.add(platforms.takeRequest());
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        return calls;
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void addProvesTheCredentialsWithAOneMinuteOrderListOfOneAndEnablesTheShop(Channel channel) {
        List<String> output = new ArrayList<>();

        List<RecordedRequest> calls = callsDuring(() -> output.addAll(run("add", shop(channel, "good-" + channel))));

        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(PlatformGatewayFake.channelAt(call.getUrl().encodedPath())).isEqualTo(channel);
            assertThat(PlatformGatewayFake.pageSize(channel, call)).isEqualTo(1);
            assertThat(PlatformGatewayFake.window(channel, call)).isEqualTo(Duration.ofMinutes(1));
        });
        assertThat(output.get(0)).contains(channel + "/good-" + channel, "credentials accepted", "0 order(s)");
        ChannelShopRow row = stored(channel, "good-" + channel).orElseThrow();
        assertThat(row.enabled).isTrue();
        assertThat(row.apiBaseUrl).isEqualTo(gateway());
        assertThat(row.appSecretRef).isEqualTo("env:OMS_SECRET_SHOP_APP_SECRET");
        assertThat(row.createdAt).isEqualTo(row.updatedAt).isNotNull();
    }

    static Stream<Arguments> signatureRefusals() {
        return Stream.of(Arguments.of(Channel.TAOBAO, "platform code 25"), Arguments.of(Channel.JD, "platform code 12"),
                Arguments.of(Channel.DOUYIN, "platform code 40003/isv.signature-invalid"),
                Arguments.of(Channel.PDD, "platform code 20004"));
    }

    @ParameterizedTest
    @MethodSource("signatureRefusals")
    void wrongSecretIsRefusedNamingThePlatformsCodeAndTheShopIsNotStored(Channel channel, String code) {
        String shopId = "wrong-secret-" + channel;

        assertThatThrownBy(() -> run("add", shop(channel, shopId, "app-secret-ref=env:OMS_SECRET_SHOP_WRONG_SECRET")))
                .isInstanceOf(ShopCommandException.class)
                .hasMessageContaining(channel + "/" + shopId)
                .hasMessageContaining("SIGNATURE_REJECTED")
                .hasMessageContaining(code)
                .hasMessageContaining("--app-secret-ref")
                .hasMessageNotContaining(WRONG_SECRET);
        assertThat(stored(channel, shopId)).isEmpty();
    }

    @Test
    void revokedTokenIsRefusedAsExpiredNamingTheTaobaoCode() {
        assertThatThrownBy(() -> run("add", shop(Channel.TAOBAO, "old-token", "access-token-ref=env:OMS_SECRET_SHOP_OLD_TOKEN")))
                .hasMessageContaining("TOKEN_EXPIRED, platform code 27/invalid-sessionkey")
                .hasMessageContaining("re-authorise")
                .hasMessageNotContaining("revoked-token");
        assertThat(stored(Channel.TAOBAO, "old-token")).isEmpty();
    }

    @Test
    void unresolvedSecretReferenceIsRefusedNamingTheOptionAndTheVariableWithoutCallingThePlatform() {
        List<RecordedRequest> calls = callsDuring(() -> assertThatThrownBy(() -> run("add",
                shop(Channel.JD, "no-env", "access-token-ref=env:OMS_SECRET_NOT_SET_ANYWHERE")))
                .hasMessage("--access-token-ref (access_token_ref): environment variable OMS_SECRET_NOT_SET_ANYWHERE"
                        + " is not set"));

        assertThat(calls).isEmpty();
        assertThat(stored(Channel.JD, "no-env")).isEmpty();
    }

    @Test
    void aSecretGivenInsteadOfAReferenceIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> run("add", shop(Channel.PDD, "plain", "app-secret-ref=" + SECRET)))
                .hasMessageStartingWith("--app-secret-ref (app_secret_ref): expected a reference like env:")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void baseUrlWithAPathIsRefusedBecauseEveryClientReplacesThePath() {
        String withPath = platforms.url("/router/rest").toString();

        assertThatThrownBy(() -> run("add", shop(Channel.TAOBAO, "with-path", "api-base-url=" + withPath)))
                .hasMessageContaining("--api-base-url (api_base_url): path '/router/rest' would be dropped")
                .hasMessageContaining("give " + gateway());
        assertThat(stored(Channel.TAOBAO, "with-path")).isEmpty();
    }

    @Test
    void addWithoutBaseUrlUsesTheProductionGatewayAndDisabledAddCallsNoPlatform() {
        List<String> output = new ArrayList<>();

        List<RecordedRequest> calls = callsDuring(() -> output.addAll(run("add",
                shop(Channel.DOUYIN, "prepared", "api-base-url=", "disabled"))));

        assertThat(calls).isEmpty();
        assertThat(output.get(0)).contains("disabled, credentials not tried", "--enable");
        assertThat(output.get(1)).contains("DISABLED", "api=https://openapi-fxg.jinritemai.com/ (production)");
        assertThat(stored(Channel.DOUYIN, "prepared").orElseThrow().apiBaseUrl).isNull();
    }

    @Test
    void syncStartAtIsStoredAsGmt8WallClockAndPageSizeAboveTheLimitIsRefused() {
        Instant start = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);

        run("add", shop(Channel.JD, "start-at", "sync-start-at=" + start, "page-size=50", "overlap-seconds=600"));

        ChannelShopRow row = stored(Channel.JD, "start-at").orElseThrow();
        assertThat(row.syncStartAt).isEqualTo(LocalDateTime.ofInstant(start, OmsCommonAutoConfiguration.PLATFORM_ZONE));
        assertThat(row.syncPageSize).isEqualTo(50);
        assertThat(row.syncOverlapSeconds).isEqualTo(600);
        assertThatThrownBy(() -> run("update", "--channel=JD", "--shop-id=start-at", "--page-size=51"))
                .hasMessage("--page-size (sync_page_size): 51 is outside 1..50, the largest page JD serves");
    }

    @Test
    void updateProvesChangedCredentialsAndKeepsTheShopAsItWasWhenRefused() {
        run("add", shop(Channel.PDD, "updated"));

        assertThatThrownBy(() -> run("update", "--channel=PDD", "--shop-id=updated",
                "--app-secret-ref=env:OMS_SECRET_SHOP_WRONG_SECRET"))
                .hasMessageContaining("platform code 20004");
        assertThat(stored(Channel.PDD, "updated").orElseThrow().appSecretRef).isEqualTo("env:OMS_SECRET_SHOP_APP_SECRET");

        List<String> output = new ArrayList<>();
        List<RecordedRequest> calls = callsDuring(() -> output.addAll(run("update", "--channel=PDD",
                "--shop-id=updated", "--display-name=PDD outlet", "--page-size=20")));
        assertThat(calls).as("no credential changed: nothing to prove").isEmpty();
        assertThat(output.get(0)).isEqualTo("updated PDD/updated: display_name, sync_page_size");
        ChannelShopRow row = stored(Channel.PDD, "updated").orElseThrow();
        assertThat(row.displayName).isEqualTo("PDD outlet");
        assertThat(row.syncPageSize).isEqualTo(20);
    }

    @Test
    void updateRefusesToChangeThePushAlgorithmOutsideTheAuditedJobs() {
        run("add", shop(Channel.TAOBAO, "push-sign", "callback-sign-method=hmac-sha256"));

        assertThat(stored(Channel.TAOBAO, "push-sign").orElseThrow().callbackSignMethod).isEqualTo("hmac-sha256");
        assertThatThrownBy(() -> run("update", "--channel=TAOBAO", "--shop-id=push-sign", "--callback-sign-method=md5"))
                .hasMessageContaining("signatureAdopt / signatureRevert");
    }

    @Test
    void disableStopsSyncingAndEnableProvesTheCredentialsAgain() {
        run("add", shop(Channel.TAOBAO, "seasonal"));

        assertThat(run("disable", "--channel=TAOBAO", "--shop-id=seasonal").get(0)).startsWith("disabled TAOBAO/seasonal");
        assertThat(stored(Channel.TAOBAO, "seasonal").orElseThrow().enabled).isFalse();
        assertThat(shops.enabled(List.of(Channel.TAOBAO), List.of("seasonal"))).isEmpty();

        assertThatThrownBy(() -> run("update", "--channel=TAOBAO", "--shop-id=seasonal",
                "--access-token-ref=env:OMS_SECRET_SHOP_OLD_TOKEN", "--enable"))
                .hasMessageContaining("TOKEN_EXPIRED");
        assertThat(stored(Channel.TAOBAO, "seasonal").orElseThrow().enabled).isFalse();

        List<RecordedRequest> calls = callsDuring(() -> run("update", "--channel=TAOBAO", "--shop-id=seasonal", "--enable"));
        assertThat(calls).hasSize(1);
        assertThat(stored(Channel.TAOBAO, "seasonal").orElseThrow().enabled).isTrue();
    }

    @Test
    void addingAShopTwiceIsRefusedPointingToUpdate() {
        run("add", shop(Channel.JD, "twice"));

        assertThatThrownBy(() -> run("add", shop(Channel.JD, "twice")))
                .hasMessage("JD/twice exists already; change it with --oms.shops=update");
    }

    @Test
    void listShowsEachShopsColumnsAndWhetherItsSecretsResolveButNeverTheirValues() {
        run("add", shop(Channel.DOUYIN, "listed", "sync-start-at=" + Instant.now().minus(Duration.ofHours(1))));

        List<String> output = run("list", "--channel=DOUYIN");

        assertThat(output.get(0)).matches("\\d+ shop\\(s\\) of DOUYIN");
        assertThat(output).anySatisfy(line -> assertThat(line).startsWith("DOUYIN/listed enabled \"DOUYIN shop listed\"")
                .contains("app_key=" + APP_KEY, "app_secret_ref=env:OMS_SECRET_SHOP_APP_SECRET (set)",
                        "access_token_ref=env:OMS_SECRET_SHOP_TOKEN (set)", "api=" + gateway(), "page_size=100",
                        "overlap_seconds=300", "GMT+8", "callback_sign_method=md5"));
        assertThat(String.join("\n", output)).doesNotContain(SECRET, TOKEN).doesNotContain("TAOBAO/");
    }

    @Test
    void aRowWrittenByHandWithABadBaseUrlIsListedAsWrittenAndCannotBeEnabledUntilFixed() {
        LocalDateTime now = LocalDateTime.now(executor.getBean(Clock.class));
        executor.getBean(JdbcTemplate.class).update("INSERT INTO channel_shop (channel, shop_id, display_name, app_key,"
                + " app_secret_ref, access_token_ref, api_base_url, enabled, created_at, updated_at) VALUES ('JD',"
                + " 'by-hand', 'by hand', ?, 'env:OMS_SECRET_SHOP_APP_SECRET', 'env:OMS_SECRET_SHOP_TOKEN',"
                + " 'api.jd.com', FALSE, ?, ?)", APP_KEY, now, now);

        assertThat(run("list", "--channel=JD")).anySatisfy(line -> assertThat(line)
                .startsWith("JD/by-hand DISABLED").contains("api=api.jd.com "));
        assertThatThrownBy(() -> run("update", "--channel=JD", "--shop-id=by-hand", "--enable"))
                .hasMessageStartingWith("--api-base-url (api_base_url): the stored 'api.jd.com' is not a URL");

        run("update", "--channel=JD", "--shop-id=by-hand", "--enable", "--api-base-url=" + gateway());
        assertThat(stored(Channel.JD, "by-hand").orElseThrow().enabled).isTrue();
    }

    @Test
    void unknownChannelUnknownOptionAndMalformedShopIdAreRefusedByName() {
        assertThatThrownBy(() -> run("add", shop(Channel.JD, "x", "channel=AMAZON")))
                .hasMessage("--channel (channel): 'AMAZON' is no channel this executor serves; known: DOUYIN, JD, PDD, TAOBAO");
        assertThatThrownBy(() -> run("add", shop(Channel.JD, "x", "page-sise=10")))
                .hasMessageStartingWith("--page-sise: no such option");
        assertThatThrownBy(() -> run("add", shop(Channel.JD, "shop/1")))
                .hasMessageStartingWith("--shop-id (shop_id): 'shop/1' is not a shop id");
        assertThatThrownBy(() -> run("remove", "--channel=JD"))
                .hasMessageStartingWith("--oms.shops: 'remove' is no shop command");
    }

    /** The jar's way in: {@code --oms.shops=add …} migrates a fresh schema, adds, prints and exits 0; no executor. */
    @Test
    void commandModeWorksOnAFreshDatabaseAndStartsNoExecutor(CapturedOutput output) {
        Map<String, Object> freshSchema = new HashMap<>(TestDatabase.get().freshSchemaProperties());
        freshSchema.put("oms.xxl.enabled", "true");
        List<String> args = new ArrayList<>(List.of(shop(Channel.PDD, "first-shop")));
        args.add("--oms.shops=add");

        ConfigurableApplicationContext command = context(freshSchema, args.toArray(String[]::new));
        try {
            assertThat(command.getBeanProvider(BoundXxlJobExecutor.class).getIfAvailable()).isNull();
            assertThat(command.getBean(ShopDirectory.class).find(Channel.PDD, "first-shop").orElseThrow().enabled).isTrue();
        } finally {
            assertThat(SpringApplication.exit(command)).isZero();
        }
        assertThat(output.getOut()).contains("PDD/first-shop: credentials accepted", "added PDD/first-shop, enabled");

        List<String> refused = new ArrayList<>(List.of(shop(Channel.PDD, "second", "app-secret-ref=env:OMS_SECRET_SHOP_WRONG_SECRET")));
        refused.add("--oms.shops=add");
        ConfigurableApplicationContext failing = context(freshSchema, refused.toArray(String[]::new));
        assertThat(SpringApplication.exit(failing)).isEqualTo(1);
        assertThat(output.getOut()).contains("shops add FAILED: PDD/second: ", "platform code 20004");
    }
}

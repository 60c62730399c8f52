package io.orderhub.sync.shop.onboarding;

import static io.orderhub.sync.shop.onboarding.ShopOption.ACCESS_TOKEN_REF;
import static io.orderhub.sync.shop.onboarding.ShopOption.API_BASE_URL;
import static io.orderhub.sync.shop.onboarding.ShopOption.APP_KEY;
import static io.orderhub.sync.shop.onboarding.ShopOption.APP_SECRET_REF;
import static io.orderhub.sync.shop.onboarding.ShopOption.CALLBACK_SIGN_METHOD;
import static io.orderhub.sync.shop.onboarding.ShopOption.CHANNEL;
import static io.orderhub.sync.shop.onboarding.ShopOption.DISABLED;
import static io.orderhub.sync.shop.onboarding.ShopOption.DISPLAY_NAME;
import static io.orderhub.sync.shop.onboarding.ShopOption.ENABLE;
import static io.orderhub.sync.shop.onboarding.ShopOption.OVERLAP_SECONDS;
import static io.orderhub.sync.shop.onboarding.ShopOption.PAGE_SIZE;
import static io.orderhub.sync.shop.onboarding.ShopOption.SHOP_ID;
import static io.orderhub.sync.shop.onboarding.ShopOption.SYNC_START_AT;

import io.orderhub.common.order.Channel;
import io.orderhub.common.secret.MissingSecretException;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.common.time.ReadableTime;
import io.orderhub.sync.channel.ChannelAdapters;
import io.orderhub.sync.channel.ChannelPlugin;
import io.orderhub.sync.channel.ShopCredentials;
import io.orderhub.sync.channel.WindowLimits;
import io.orderhub.sync.shop.ChannelShopRow;
import io.orderhub.sync.shop.ShopDirectory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * Shop onboarding ({@code --oms.shops=add|update|disable|list}): every value validated before it is stored, and a
 * shop enabled only after its platform accepted its credentials ({@link CredentialProof}). There is no way to skip
 * that call and enable a shop: {@code add --disabled} stores a shop without calling the platform, and
 * {@code update --enable} proves it later. Returns the lines to print; refusals are {@link ShopCommandException}s.
 */
@Component
public class ShopCommands {

    /** The column's default (V1), within every platform's page limit but JD's (50). */
    private static final int DEFAULT_PAGE_SIZE = 100;
    private static final int DEFAULT_OVERLAP_SECONDS = 300;
    /** The column's default (V4). */
    private static final String DEFAULT_CALLBACK_SIGN_METHOD = "md5";

    /** What the platform checks on every call: changing one of these needs a new proof. */
    private static final Set<String> CREDENTIAL_COLUMNS = Set.of(APP_KEY.column, APP_SECRET_REF.column,
            ACCESS_TOKEN_REF.column, API_BASE_URL.column);

    private final ShopDirectory shops;
    private final ChannelAdapters adapters;
    private final SecretResolver secrets;
    private final Clock clock;
    private final ShopRules rules;
    private final CredentialProof proof;

    public ShopCommands(ShopDirectory shops, List<ChannelPlugin> plugins, ChannelAdapters adapters,
            SecretResolver secrets, Clock clock) {
        this.shops = shops;
        this.adapters = adapters;
        this.secrets = secrets;
        this.clock = clock;
        this.rules = new ShopRules(plugins.stream().map(ChannelPlugin::channel).toList(), secrets, clock);
        this.proof = new CredentialProof(adapters, clock);
    }

    public List<String> run(String subcommand, ApplicationArguments arguments) {
        ShopOptions options = ShopOptions.of(arguments);
        return switch (subcommand) {
            case "add" -> add(options);
            case "update" -> update(options);
            case "disable" -> disable(options);
            case "list" -> list(options);
            default -> throw new ShopCommandException("--oms.shops: '" + subcommand
                    + "' is no shop command; one of add, update, disable, list");
        };
    }

    private List<String> add(ShopOptions options) {
        options.allowOnly("add", CHANNEL, SHOP_ID, DISPLAY_NAME, APP_KEY, APP_SECRET_REF, ACCESS_TOKEN_REF,
                API_BASE_URL, PAGE_SIZE, OVERLAP_SECONDS, SYNC_START_AT, CALLBACK_SIGN_METHOD, DISABLED);
        Channel channel = rules.channel(options.required(CHANNEL));
        String shopId = rules.shopId(options.required(SHOP_ID));
        String label = channel + "/" + shopId;
        if (shops.find(channel, shopId).isPresent()) {
            throw new ShopCommandException(label + " exists already; change it with --oms.shops=update");
        }
        WindowLimits limits = adapters.of(channel).limits();
        ChannelShopRow row = new ChannelShopRow();
        row.channel = channel.name();
        row.shopId = shopId;
        row.displayName = rules.displayName(options.required(DISPLAY_NAME));
        row.appKey = rules.appKey(options.required(APP_KEY));
        row.appSecretRef = rules.secretReference(APP_SECRET_REF, options.required(APP_SECRET_REF));
        row.accessTokenRef = rules.secretReference(ACCESS_TOKEN_REF, options.required(ACCESS_TOKEN_REF));
        row.apiBaseUrl = rules.apiBaseUrl(channel, options.value(API_BASE_URL).orElse(""));
        row.syncPageSize = options.value(PAGE_SIZE).map(text -> rules.pageSize(channel, limits, text))
                .orElse(Math.min(DEFAULT_PAGE_SIZE, limits.maxPageSize()));
        row.syncOverlapSeconds = options.value(OVERLAP_SECONDS).map(rules::overlapSeconds)
                .orElse(DEFAULT_OVERLAP_SECONDS);
        row.syncStartAt = rules.syncStartAt(channel, limits, options.value(SYNC_START_AT).orElse(""));
        row.callbackSignMethod = options.value(CALLBACK_SIGN_METHOD)
                .map(text -> rules.callbackSignMethod(channel, text)).orElse(DEFAULT_CALLBACK_SIGN_METHOD);
        row.enabled = !options.has(DISABLED);
        List<String> lines = new ArrayList<>();
        if (row.enabled) {
            lines.add(label + ": " + proof.prove(credentials(row)));
        }
        if (!shops.add(row, LocalDateTime.now(clock))) {
            throw new ShopCommandException(label + " exists already; change it with --oms.shops=update");
        }
        lines.add(row.enabled ? "added " + label + ", enabled: the next channelOrderSync syncs it"
                : "added " + label + ", disabled, credentials not tried; enable it with --oms.shops=update"
                        + " --channel=" + channel + " --shop-id=" + shopId + " --enable");
        lines.add(describe(row));
        return lines;
    }

    /**
     * Changes the given settings; the credentials are proven again when the shop is (or becomes) enabled and its
     * app key, a secret reference or its API host changes, or on {@code --enable}.
     */
    private List<String> update(ShopOptions options) {
        if (options.has(CALLBACK_SIGN_METHOD)) {
            throw ShopCommandException.invalid(CALLBACK_SIGN_METHOD, "an existing shop's push algorithm changes only"
                    + " through the signatureAdopt / signatureRevert jobs (audited, held pushes replayed)");
        }
        options.allowOnly("update", CHANNEL, SHOP_ID, DISPLAY_NAME, APP_KEY, APP_SECRET_REF, ACCESS_TOKEN_REF,
                API_BASE_URL, PAGE_SIZE, OVERLAP_SECONDS, SYNC_START_AT, ENABLE);
        Channel channel = rules.channel(options.required(CHANNEL));
        String shopId = rules.shopId(options.required(SHOP_ID));
        ChannelShopRow row = shops.find(channel, shopId).orElseThrow(() -> new ShopCommandException(
                "no shop " + channel + "/" + shopId + "; add it with --oms.shops=add"));
        WindowLimits limits = adapters.of(channel).limits();
        List<String> changed = new ArrayList<>();
        row.displayName = change(options, DISPLAY_NAME, rules::displayName, row.displayName, changed);
        row.appKey = change(options, APP_KEY, rules::appKey, row.appKey, changed);
        row.appSecretRef = change(options, APP_SECRET_REF, text -> rules.secretReference(APP_SECRET_REF, text),
                row.appSecretRef, changed);
        row.accessTokenRef = change(options, ACCESS_TOKEN_REF, text -> rules.secretReference(ACCESS_TOKEN_REF, text),
                row.accessTokenRef, changed);
        row.apiBaseUrl = change(options, API_BASE_URL, text -> rules.apiBaseUrl(channel, text), row.apiBaseUrl, changed);
        boolean credentialsChanged = changed.stream().anyMatch(CREDENTIAL_COLUMNS::contains);
        row.syncPageSize = change(options, PAGE_SIZE, text -> rules.pageSize(channel, limits, text), row.syncPageSize,
                changed);
        row.syncOverlapSeconds = change(options, OVERLAP_SECONDS, rules::overlapSeconds, row.syncOverlapSeconds,
                changed);
        row.syncStartAt = change(options, SYNC_START_AT, text -> rules.syncStartAt(channel, limits, text),
                row.syncStartAt, changed);
        boolean enabling = options.has(ENABLE) && !row.enabled;
        if (enabling) {
            changed.add("enabled");
        }
        String label = channel + "/" + shopId;
        if (changed.isEmpty()) {
            throw new ShopCommandException(label + ": nothing to change; give the options to change or --enable");
        }
        row.enabled = row.enabled || enabling;
        List<String> lines = new ArrayList<>();
        if (row.enabled && (enabling || credentialsChanged)) {
            lines.add(label + ": " + proof.prove(credentials(row)));
        }
        shops.update(row, LocalDateTime.now(clock));
        lines.add("updated " + label + ": " + String.join(", ", changed));
        lines.add(describe(row));
        return lines;
    }

    private List<String> disable(ShopOptions options) {
        options.allowOnly("disable", CHANNEL, SHOP_ID);
        Channel channel = rules.channel(options.required(CHANNEL));
        String shopId = rules.shopId(options.required(SHOP_ID));
        String label = channel + "/" + shopId;
        ChannelShopRow row = shops.find(channel, shopId).orElseThrow(() -> new ShopCommandException("no shop " + label));
        if (!row.enabled) {
            return List.of(label + " was disabled already");
        }
        shops.disable(channel, shopId, LocalDateTime.now(clock));
        return List.of("disabled " + label + ": no longer synced; its pushes are still received and kept;"
                + " enable it again with --oms.shops=update --channel=" + channel + " --shop-id=" + shopId + " --enable");
    }

    private List<String> list(ShopOptions options) {
        options.allowOnly("list", CHANNEL);
        Channel channel = options.value(CHANNEL).map(rules::channel).orElse(null);
        List<ChannelShopRow> rows = shops.all().stream()
                .filter(row -> channel == null || row.channel.equals(channel.name())).toList();
        List<String> lines = new ArrayList<>();
        lines.add(rows.size() + " shop(s)" + (channel == null ? "" : " of " + channel));
        rows.forEach(row -> lines.add(describe(row)));
        return lines;
    }

    /** One line per shop; secret references with whether they resolve here, never a value. */
    private String describe(ChannelShopRow row) {
        String legacy = row.callbackLegacySignMethod == null ? ""
                : " legacy_sign_method=" + row.callbackLegacySignMethod + " until "
                        + ReadableTime.of(row.callbackLegacyUntil);
        return row.channel + "/" + row.shopId + " " + (row.enabled ? "enabled" : "DISABLED")
                + " \"" + row.displayName + "\" app_key=" + row.appKey
                + " app_secret_ref=" + reference(row.appSecretRef)
                + " access_token_ref=" + reference(row.accessTokenRef)
                + " api=" + api(row)
                + " page_size=" + row.syncPageSize + " overlap_seconds=" + row.syncOverlapSeconds
                + " sync_start_at=" + ReadableTime.of(row.syncStartAt)
                + " callback_sign_method=" + row.callbackSignMethod + legacy;
    }

    /** The stored base URL as written (even one written by hand that is no URL), or the production gateway. */
    private String api(ChannelShopRow row) {
        if (row.apiBaseUrl != null) {
            return row.apiBaseUrl;
        }
        return Arrays.stream(Channel.values()).filter(c -> c.name().equals(row.channel)).findFirst()
                .map(channel -> shops.gateway(channel, null) + " (production)").orElse("none (unknown channel)");
    }

    private String reference(String reference) {
        try {
            secrets.resolve(reference, "list");
            return reference + " (set)";
        } catch (MissingSecretException e) {
            return reference + " (NOT SET here)";
        }
    }

    private ShopCredentials credentials(ChannelShopRow row) {
        try {
            return shops.resolve(row).credentials();
        } catch (MissingSecretException e) {
            throw new ShopCommandException(e.getMessage());
        } catch (IllegalArgumentException e) { // a base URL written by hand, not through this command
            throw ShopCommandException.invalid(API_BASE_URL, "the stored '" + row.apiBaseUrl + "' is not a URL; set"
                    + " another with --api-base-url (empty for the production gateway)");
        }
    }

    /** The option's validated value when given (and different), recording the column; otherwise the stored one. */
    private static <T> T change(ShopOptions options, ShopOption option, Function<String, T> rule, T stored,
            List<String> changed) {
        if (!options.has(option)) {
            return stored;
        }
        T value = rule.apply(options.value(option).orElseThrow());
        if (!Objects.equals(value, stored)) {
            changed.add(option.column);
        }
        return value;
    }
}

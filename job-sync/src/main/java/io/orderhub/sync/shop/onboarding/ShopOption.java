package io.orderhub.sync.shop.onboarding;

import java.util.Arrays;
import java.util.Optional;

/** The options of the shop command, each with the {@code channel_shop} column it sets (none for flags). */
enum ShopOption {
    CHANNEL("channel", "channel"),
    SHOP_ID("shop-id", "shop_id"),
    DISPLAY_NAME("display-name", "display_name"),
    APP_KEY("app-key", "app_key"),
    APP_SECRET_REF("app-secret-ref", "app_secret_ref"),
    ACCESS_TOKEN_REF("access-token-ref", "access_token_ref"),
    API_BASE_URL("api-base-url", "api_base_url"),
    PAGE_SIZE("page-size", "sync_page_size"),
    OVERLAP_SECONDS("overlap-seconds", "sync_overlap_seconds"),
    SYNC_START_AT("sync-start-at", "sync_start_at"),
    CALLBACK_SIGN_METHOD("callback-sign-method", "callback_sign_method"),
    /** add: store the shop disabled, without calling the platform (enable it later with update --enable). */
    DISABLED("disabled", null),
    /** update: enable a disabled shop (after the platform accepted its credentials). */
    ENABLE("enable", null);

    final String name;
    final String column;

    ShopOption(String name, String column) {
        this.name = name;
        this.column = column;
    }

    boolean isFlag() {
        return column == null;
    }

    /** How errors name the option: {@code --page-size (sync_page_size)}. */
    String label() {
        return column == null ? "--" + name : "--" + name + " (" + column + ")";
    }

    static Optional<ShopOption> named(String name) {
        return Arrays.stream(values()).filter(option -> option.name.equals(name)).findFirst();
    }
}

package io.orderhub.sync.shop.onboarding;

/**
 * A shop command refused: a bad option (the message names the option, its {@code channel_shop} column and the
 * reason) or credentials the platform did not accept (the message names the platform's code). Never a secret.
 */
public class ShopCommandException extends RuntimeException {

    public ShopCommandException(String message) {
        super(message);
    }

    /** A bad option: {@code --page-size (sync_page_size): 200 is above JD's limit of 50}. */
    static ShopCommandException invalid(ShopOption option, String reason) {
        return new ShopCommandException(option.label() + ": " + reason);
    }
}

package io.orderhub.sync.shop.onboarding;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;

/**
 * The shop command's options as given on the command line ({@code --shop-id=1001}). Options with a dot in their name
 * ({@code --oms.shops=add}, {@code --spring.datasource.url=…}) are Spring properties and not ours; any other unknown
 * option is refused, so a typo never silently leaves a setting at its default.
 */
final class ShopOptions {

    private final Map<ShopOption, String> values;

    private ShopOptions(Map<ShopOption, String> values) {
        this.values = values;
    }

    static ShopOptions of(ApplicationArguments arguments) {
        Map<ShopOption, String> values = new EnumMap<>(ShopOption.class);
        for (String name : arguments.getOptionNames()) {
            if (name.contains(".")) {
                continue;
            }
            ShopOption option = ShopOption.named(name).orElseThrow(() -> new ShopCommandException("--" + name
                    + ": no such option; the shop command takes " + Arrays.stream(ShopOption.values())
                    .map(o -> "--" + o.name).collect(Collectors.joining(", "))));
            List<String> given = arguments.getOptionValues(name);
            if (given.size() > 1) {
                throw ShopCommandException.invalid(option, "given " + given.size() + " times; give it once");
            }
            if (option.isFlag() && !given.isEmpty()) {
                throw ShopCommandException.invalid(option, "is a flag and takes no value (write " + option.label() + ")");
            }
            if (!option.isFlag() && given.isEmpty()) {
                throw ShopCommandException.invalid(option, "needs a value (write --" + option.name + "=…)");
            }
            values.put(option, option.isFlag() ? "" : given.get(0).trim());
        }
        return new ShopOptions(values);
    }

    /** The value given, if the option was given at all (an empty value is given: it clears an optional column). */
    Optional<String> value(ShopOption option) {
        return Optional.ofNullable(values.get(option));
    }

    boolean has(ShopOption option) {
        return values.containsKey(option);
    }

    String required(ShopOption option) {
        String value = values.get(option);
        if (value == null || value.isEmpty()) {
            throw ShopCommandException.invalid(option, "required");
        }
        return value;
    }

    /** Refuses options the subcommand does not use, naming them, instead of ignoring them. */
    void allowOnly(String subcommand, ShopOption... allowed) {
        List<ShopOption> permitted = List.of(allowed);
        for (ShopOption given : values.keySet()) {
            if (!permitted.contains(given)) {
                throw ShopCommandException.invalid(given, "not an option of '" + subcommand + "'");
            }
        }
    }
}

package io.orderhub.sandbox.generator;

import io.orderhub.sandbox.Channel;
import java.util.Optional;

/**
 * Platform order ids that encode (shop, index), so a detail call can regenerate the order. Shapes follow the
 * platforms: Taobao tid is a 19-digit number above 2^53, JD a 12-digit number, Douyin a 19-digit "69…" string,
 * PDD {@code yyMMdd-} plus 15 digits.
 */
public final class OrderIds {
    private static final long TAOBAO_BASE = 3_000_000_000_000_000_000L;
    private static final long JD_BASE = 200_000_000_000L;
    private static final long DOUYIN_BASE = 6_900_000_000_000_000_000L;
    private static final long SHOP_STRIDE = 10_000_000L;

    private OrderIds() {
    }

    public record OrderRef(int shop, int index) {
    }

    public static long numericId(Channel channel, int shop, int index) {
        return switch (channel) {
            case TAOBAO -> TAOBAO_BASE + shop * SHOP_STRIDE * 1000 + index;
            case JD -> JD_BASE + shop * SHOP_STRIDE + index;
            case DOUYIN -> DOUYIN_BASE + shop * SHOP_STRIDE * 1000 + index;
            case PDD -> shop * 1_000_000_000_000L + index * 1000L + Math.floorMod(index * 7919L + shop, 1000);
        };
    }

    public static String orderId(Channel channel, int shop, int index, long createdAt) {
        long id = numericId(channel, shop, index);
        if (channel == Channel.PDD) {
            return SimTime.date(createdAt).substring(2).replace("-", "") + "-" + zeroPadded(id, 15);
        }
        return Long.toString(id);
    }

    /** Sub-order (line) id: Taobao oid, Douyin sku order id; unique per order line. */
    public static String lineId(Channel channel, long numericId, int line) {
        if (channel == Channel.TAOBAO || channel == Channel.DOUYIN) {
            return Long.toString(numericId + 1_000_000_000_000_000L * (line + 1) / 10);
        }
        return numericId + "-" + (line + 1);
    }

    public static Optional<OrderRef> decode(Channel channel, String orderId) {
        try {
            String digits = channel == Channel.PDD ? orderId.substring(orderId.indexOf('-') + 1) : orderId;
            long id = Long.parseLong(digits.trim());
            OrderRef ref = switch (channel) {
                case TAOBAO -> split(id - TAOBAO_BASE, SHOP_STRIDE * 1000);
                case JD -> split(id - JD_BASE, SHOP_STRIDE);
                case DOUYIN -> split(id - DOUYIN_BASE, SHOP_STRIDE * 1000);
                case PDD -> new OrderRef((int) (id / 1_000_000_000_000L), (int) (id % 1_000_000_000_000L / 1000));
            };
            if (ref.shop() < 0 || ref.index() < 0 || numericId(channel, ref.shop(), ref.index()) != id) {
                return Optional.empty();
            }
            return Optional.of(ref);
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static OrderRef split(long offset, long stride) {
        if (offset < 0) {
            return new OrderRef(-1, -1);
        }
        return new OrderRef((int) (offset / stride), (int) (offset % stride));
    }

    /**
     * {@code String.format("%0<width>d", value)} for a non-negative value, without the formatter: ids and SKUs are
     * rendered for every order served, and {@code String.format} was a visible share of the sandbox's CPU.
     */
    static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}

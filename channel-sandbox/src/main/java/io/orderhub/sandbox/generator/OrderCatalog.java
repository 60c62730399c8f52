package io.orderhub.sandbox.generator;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.ShopCredentials;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;

/** All shops of all channels: their credentials and order books. One app per channel serves all its shops. */
public final class OrderCatalog {
    private final SimulatedClock clock;
    private final Map<Channel, List<ShopCredentials>> credentials = new EnumMap<>(Channel.class);
    private final Map<Channel, List<ShopOrderBook>> books = new EnumMap<>(Channel.class);

    public OrderCatalog(long seed, int shopsPerChannel, int ordersPerShop, long spanStart, long spanSeconds,
                        double inconsistentFraction, double refundNotReflectedFraction, DoubleSupplier badOrderRate,
                        SimulatedClock clock) {
        this(seed, shopsPerChannel, ordersPerShop, spanStart, spanSeconds, inconsistentFraction,
                refundNotReflectedFraction, badOrderRate, channel -> 0, clock);
    }

    /** {@code outOfOrderModifiedRate}: per channel, read at each regeneration (the fault plan may change). */
    public OrderCatalog(long seed, int shopsPerChannel, int ordersPerShop, long spanStart, long spanSeconds,
                        double inconsistentFraction, double refundNotReflectedFraction, DoubleSupplier badOrderRate,
                        ToDoubleFunction<Channel> outOfOrderModifiedRate, SimulatedClock clock) {
        this.clock = clock;
        for (Channel channel : Channel.values()) {
            OrderGenerator generator = new OrderGenerator(seed, channel, spanStart, spanSeconds, inconsistentFraction,
                    refundNotReflectedFraction, badOrderRate, () -> outOfOrderModifiedRate.applyAsDouble(channel));
            SplittableRandom random = new SplittableRandom(Seeds.mix(seed, channel.ordinal(), -1));
            String appKey = appKey(channel, random);
            String appSecret = hex(random, 16);
            List<ShopCredentials> shops = new ArrayList<>();
            List<ShopOrderBook> shopBooks = new ArrayList<>();
            for (int shop = 0; shop < shopsPerChannel; shop++) {
                String shopId = channel.prefix() + (10001 + shop);
                shops.add(new ShopCredentials(channel, shopId, appKey, appSecret, token(channel, random)));
                shopBooks.add(new ShopOrderBook(generator, shop, shopId, ordersPerShop));
            }
            credentials.put(channel, List.copyOf(shops));
            books.put(channel, List.copyOf(shopBooks));
        }
    }

    public SimulatedClock clock() {
        return clock;
    }

    public long now() {
        return clock.now();
    }

    public List<ShopCredentials> shops(Channel channel) {
        return credentials.get(channel);
    }

    public ShopOrderBook book(Channel channel, int shop) {
        return books.get(channel).get(shop);
    }

    public Optional<Integer> shopIndex(Channel channel, String shopId) {
        List<ShopCredentials> shops = credentials.get(channel);
        for (int i = 0; i < shops.size(); i++) {
            if (shops.get(i).shopId().equals(shopId)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public Optional<Integer> shopByToken(Channel channel, String accessToken) {
        List<ShopCredentials> shops = credentials.get(channel);
        for (int i = 0; i < shops.size(); i++) {
            if (shops.get(i).accessToken().equals(accessToken)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The app (key, secret) of a channel, or empty when the key is unknown. */
    public Optional<ShopCredentials> app(Channel channel, String appKey) {
        return credentials.get(channel).stream().filter(c -> c.appKey().equals(appKey)).findFirst();
    }

    private static String appKey(Channel channel, SplittableRandom random) {
        return switch (channel) {
            case TAOBAO -> Long.toString(20_000_000 + random.nextInt(9_999_999));
            case JD -> hex(random, 16).toUpperCase();
            case DOUYIN -> Long.toString(7_000_000_000_000_000_000L + random.nextLong(999_999_999_999_999_999L));
            case PDD -> hex(random, 16);
        };
    }

    private static String token(Channel channel, SplittableRandom random) {
        return switch (channel) {
            case TAOBAO -> "6100" + hex(random, 18);
            case JD, PDD -> hex(random, 16);
            case DOUYIN -> hex(random, 4) + "-" + hex(random, 2) + "-" + hex(random, 2) + "-" + hex(random, 6);
        };
    }

    private static String hex(SplittableRandom random, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}

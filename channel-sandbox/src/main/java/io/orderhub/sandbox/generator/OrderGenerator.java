package io.orderhub.sandbox.generator;

import io.orderhub.sandbox.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

/**
 * Regenerates any order of one channel from (seed, shop, index) on demand, so a million orders cost no memory.
 * The timeline and the content come from two independent random streams: the index can replan timelines alone.
 */
public final class OrderGenerator {
    private static final long[] FREIGHTS = {500, 800, 1000, 1200};

    private final long seed;
    private final Channel channel;
    private final TimelinePlanner planner;
    private final double inconsistentFraction;
    private final double refundNotReflectedFraction;
    private final DoubleSupplier badOrderRate;
    private final DoubleSupplier outOfOrderModifiedRate;
    /** A late stamp is at most this much older than the event it stands for. */
    static final long MAX_STAMP_LAG_SECONDS = 600;

    public OrderGenerator(long seed, Channel channel, long spanStart, long spanSeconds, double inconsistentFraction,
                          DoubleSupplier badOrderRate) {
        this(seed, channel, spanStart, spanSeconds, inconsistentFraction, 0, badOrderRate);
    }

    public OrderGenerator(long seed, Channel channel, long spanStart, long spanSeconds, double inconsistentFraction,
                          double refundNotReflectedFraction, DoubleSupplier badOrderRate) {
        this(seed, channel, spanStart, spanSeconds, inconsistentFraction, refundNotReflectedFraction, badOrderRate,
                () -> 0);
    }

    public OrderGenerator(long seed, Channel channel, long spanStart, long spanSeconds, double inconsistentFraction,
                          double refundNotReflectedFraction, DoubleSupplier badOrderRate,
                          DoubleSupplier outOfOrderModifiedRate) {
        this.outOfOrderModifiedRate = outOfOrderModifiedRate;
        this.refundNotReflectedFraction = refundNotReflectedFraction;
        this.seed = seed;
        this.channel = channel;
        this.planner = new TimelinePlanner(channel, spanStart, spanSeconds);
        this.inconsistentFraction = inconsistentFraction;
        this.badOrderRate = badOrderRate;
    }

    public Channel channel() {
        return channel;
    }

    public OrderTimeline timeline(int shop, int index) {
        return planner.plan(new SplittableRandom(Seeds.mix(seed, channel.ordinal(), shop, index)).split());
    }

    /**
     * A burst order (ChannelSandbox#burst): created and paid at {@code createdAt} (wall clock), awaiting shipment; it
     * stays in that state. Not presale, no refund, no hold, so every platform shows its own "paid" status.
     */
    public static OrderTimeline burstTimeline(long createdAt) {
        return new OrderTimeline(createdAt, 0, createdAt, 0, 0, 0, 0, 0, 0, 0, 0, false, false, 0, createdAt);
    }

    public SimOrder order(int shop, String shopId, int index, long now, long touchedAt, int touches) {
        return order(shop, shopId, index, now, touchedAt, touches, null);
    }

    /** {@code fixedTimeline} (burst orders) replaces the planned one; the content draws stay the same. */
    public SimOrder order(int shop, String shopId, int index, long now, long touchedAt, int touches,
                          OrderTimeline fixedTimeline) {
        SplittableRandom base = new SplittableRandom(Seeds.mix(seed, channel.ordinal(), shop, index));
        OrderTimeline planned = planner.plan(base.split());
        OrderTimeline timeline = fixedTimeline != null ? fixedTimeline : planned;
        SplittableRandom random = base.split();

        List<LineDraft> drafts = drawLines(random);
        long goods = drafts.stream().mapToLong(d -> d.price * d.quantity).sum();
        long freight = random.nextDouble() < 0.6 ? 0 : FREIGHTS[random.nextInt(FREIGHTS.length)];
        boolean crossBorder = channel != Channel.PDD && random.nextDouble() < 0.05;
        boolean live = channel == Channel.DOUYIN && random.nextDouble() < 0.3;
        long authorId = live ? 60_000_000_000L + random.nextInt(1_000_000) : 0;
        long roomId = live ? 7_300_000_000_000_000_000L + random.nextLong(1_000_000_000_000L) : 0;
        List<SimPromotion> promotions = PromotionCatalog.draw(channel, random, goods, live);
        long discount = promotions.stream().mapToLong(SimPromotion::amountFen).sum();
        // Cross-border comprehensive tax (跨境综合税) 9.1 % of the discounted goods, rounded half up to the fen.
        long tax = crossBorder ? ((goods - discount) * 91 + 500) / 1000 : 0;
        long mismatch = 1 + random.nextInt(999);

        Inconsistency inconsistency = Seeds.unit(seed, channel.ordinal(), shop, index, 1) < inconsistentFraction
                ? Inconsistency.AMOUNT_MISMATCH : Inconsistency.NONE;
        PayloadDefect defect = PayloadDefect.NONE;
        double defectDraw = Seeds.unit(seed, channel.ordinal(), shop, index, 2);
        if (defectDraw < badOrderRate.getAsDouble()) {
            defect = defectDraw < badOrderRate.getAsDouble() / 2 ? PayloadDefect.UNKNOWN_STATUS
                    : PayloadDefect.NON_NUMERIC_AMOUNT;
        }
        long paid = goods + freight + tax - discount + (inconsistency == Inconsistency.AMOUNT_MISMATCH ? mismatch : 0);

        List<SimLine> lines = shareOut(drafts, goods, discount, tax, timeline, now);
        // Drawn from its own stable value (no random draw consumed), so AMOUNT_MISMATCH orders stay the same.
        // JD: the refund is read from the lines only (no order-level marker in the mapping), so there is nothing
        // that could fail to reflect it.
        if (inconsistency == Inconsistency.NONE && channel != Channel.JD
                && lines.stream().anyMatch(line -> line.refundState() == RefundState.REFUNDED)
                && Seeds.unit(seed, channel.ordinal(), shop, index, 3) < refundNotReflectedFraction) {
            inconsistency = Inconsistency.REFUND_NOT_REFLECTED;
        }
        long modified = Math.max(timeline.modifiedAt(now), touchedAt);
        modified = lateStamp(shop, index, timeline, now, touchedAt, modified);
        long numericId = OrderIds.numericId(channel, shop, index);
        return new SimOrder(channel, shop, shopId, index, numericId,
                OrderIds.orderId(channel, shop, index, timeline.createdAt()), timeline, now,
                timeline.statusAt(now), timeline.onHoldAt(now), modified, lines, promotions, freight, tax, paid,
                crossBorder, authorId, roomId, touches, inconsistency, defect,
                // From their own stable value (no random draw consumed), so the other content stays the same.
                OrderTextCatalog.draw(channel, Seeds.mix(seed, channel.ordinal(), shop, index, 6), touches,
                        touchedAt));
    }

    /**
     * outOfOrderModifiedRate (stable per order, no random draw consumed): the platform stamps the latest lifecycle
     * event up to {@link #MAX_STAMP_LAG_SECONDS} late, i.e. the served (and true) modified time is older than the
     * moment the change happened, which is where the order sorts in window queries. The stamp stays after the
     * previous event and after any touch, so a re-read still moves the order forward.
     */
    private long lateStamp(int shop, int index, OrderTimeline timeline, long now, long touchedAt, long modified) {
        double rate = outOfOrderModifiedRate.getAsDouble();
        if (rate <= 0 || touchedAt >= modified || Seeds.unit(seed, channel.ordinal(), shop, index, 4) >= rate) {
            return modified;
        }
        long previous = timeline.previousModifiedAt(now);
        if (previous == 0) {
            return modified;
        }
        long lag = 1 + (long) (Seeds.unit(seed, channel.ordinal(), shop, index, 5) * MAX_STAMP_LAG_SECONDS);
        return Math.max(modified - lag, Math.max(previous, touchedAt) + 1);
    }

    private record LineDraft(int product, int variant, int quantity, long price, boolean gift) {
    }

    private List<LineDraft> drawLines(SplittableRandom random) {
        int count = 1 + random.nextInt(3);
        List<LineDraft> drafts = new ArrayList<>(count + 1);
        for (int i = 0; i < count; i++) {
            drafts.add(new LineDraft(random.nextInt(800), random.nextInt(4), 1 + random.nextInt(3),
                    (99 + random.nextInt(4900)) * 10L, false));
        }
        boolean gift = channel != Channel.PDD && random.nextDouble() < 0.1;
        int giftProduct = 900 + random.nextInt(50);
        if (gift) {
            drafts.add(new LineDraft(giftProduct, 0, 1, 0, true));
        }
        return drafts;
    }

    /** Splits discount and tax over the paying lines in proportion to their goods value; the last one takes the rest. */
    private List<SimLine> shareOut(List<LineDraft> drafts, long goods, long discount, long tax,
                                   OrderTimeline timeline, long now) {
        List<SimLine> lines = new ArrayList<>(drafts.size());
        long discountLeft = discount;
        long taxLeft = tax;
        int lastPaying = drafts.size() - 1;
        while (drafts.get(lastPaying).gift()) {
            lastPaying--;
        }
        RefundState refund = timeline.lineRefundAt(now);
        boolean allLines = timeline.refundAllLines() || channel == Channel.PDD;
        for (int i = 0; i < drafts.size(); i++) {
            LineDraft d = drafts.get(i);
            long value = d.price * d.quantity;
            long discountShare = i == lastPaying ? discountLeft : goods == 0 ? 0 : discount * value / goods;
            long taxShare = i == lastPaying ? taxLeft : goods == 0 ? 0 : tax * value / goods;
            discountLeft -= discountShare;
            taxLeft -= taxShare;
            RefundState lineRefund = allLines || i == 0 ? refund : RefundState.NONE;
            lines.add(new SimLine(Integer.toString(i), sku(d), platformSku(d), productId(d),
                    title(d), d.quantity, d.price, d.gift, discountShare, taxShare, lineRefund));
        }
        return lines;
    }

    private String sku(LineDraft d) {
        return channel.prefix() + "-" + (d.gift ? "GIFT-" : "") + OrderIds.zeroPadded(d.product, 4) + "-" + d.variant;
    }

    private long productId(LineDraft d) {
        return switch (channel) {
            case TAOBAO -> 600_000_000_000L + d.product;
            case JD -> 10_000_000L + d.product;
            case DOUYIN -> 3_600_000_000_000_000_000L + d.product;
            case PDD -> 500_000_000L + d.product;
        };
    }

    /** Douyin sku_id: every other product has an id above 2^53, to catch adapters that parse it as a double. */
    private long platformSku(LineDraft d) {
        return switch (channel) {
            case TAOBAO -> 5_000_000_000_000L + d.product * 10L + d.variant;
            case JD -> 100_000_000_000L + d.product * 10L + d.variant;
            case DOUYIN -> d.product % 2 == 0 ? 7_312_345_678_901_234_567L + d.product * 10L + d.variant
                    : 1_700_000_000L + d.product * 10L + d.variant;
            case PDD -> 1_000_000_000L + d.product * 10L + d.variant;
        };
    }

    private static String title(LineDraft d) {
        return d.gift ? "赠品 小样" + d.product : "商品" + d.product + " 规格" + (char) ('A' + d.variant);
    }
}

package io.orderhub.demo;

import io.orderhub.common.order.Channel;
import io.orderhub.common.order.MarketingLine;
import io.orderhub.common.order.OrderLine;
import io.orderhub.common.order.UnifiedOrder;
import io.orderhub.common.persistence.OrderReader;
import io.orderhub.sync.stress.SandboxLink.SandboxShop;
import io.orderhub.sync.stress.SandboxLink;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Compares what the sync stored with the sandbox's ground truth, field by field: the final proof that nothing was
 * lost, duplicated or mapped wrong. Orders the truth marks as defective payloads, and orders whose true amounts do
 * not add up (goods + freight + tax − discount ≠ paid, or a negative discount), must be in quarantine instead.
 */
public final class GroundTruthCheck {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Truths compared per round; below 1,000, where MariaDB turns the quarantine query's {@code IN} list into a join. */
    private static final int BATCH = 500;

    /** The outcome over all shops checked. */
    public record Report(long expected, long matched, long lost, long duplicated, long mismatched,
            long quarantinedAsExpected, long defectiveNotQuarantined, List<String> examples) {

        public boolean exact() {
            return lost == 0 && duplicated == 0 && mismatched == 0 && defectiveNotQuarantined == 0;
        }

        @Override
        public String toString() {
            return "expected=" + expected + " matched=" + matched + " lost=" + lost + " duplicated=" + duplicated
                    + " mismatched=" + mismatched + " quarantined_as_expected=" + quarantinedAsExpected
                    + " defective_not_quarantined=" + defectiveNotQuarantined
                    + (examples.isEmpty() ? "" : " examples=" + examples);
        }
    }

    private final SandboxLink sandbox;
    private final OrderReader reader;
    private final JdbcTemplate jdbc;

    public GroundTruthCheck(SandboxLink sandbox, OrderReader reader, JdbcTemplate jdbc) {
        this.sandbox = sandbox;
        this.reader = reader;
        this.jdbc = jdbc;
    }

    public Report check(List<SandboxShop> shops) {
        Tally tally = new Tally();
        for (SandboxShop shop : shops) {
            List<JsonNode> batch = new ArrayList<>(BATCH);
            sandbox.truth(shop.channel(), shop.shopId(), truth -> {
                batch.add(truth);
                if (batch.size() == BATCH) {
                    compare(shop.channel(), batch, tally);
                    batch.clear();
                }
            });
            compare(shop.channel(), batch, tally);
            Long stored = jdbc.queryForObject("SELECT COUNT(*) FROM unified_order WHERE channel = ? AND shop_id = ?",
                    Long.class, shop.channel().name(), shop.shopId());
            tally.storedRows += stored == null ? 0 : stored;
        }
        long duplicated = Math.max(0, tally.storedRows - tally.matched - tally.mismatched);
        return new Report(tally.expected, tally.matched, tally.lost, duplicated, tally.mismatched,
                tally.quarantined, tally.defectiveMissing, tally.examples);
    }

    private static final class Tally {
        long expected;
        long matched;
        long lost;
        long mismatched;
        long quarantined;
        long defectiveMissing;
        long storedRows;
        final List<String> examples = new ArrayList<>();

        void example(String text) {
            if (examples.size() < 5) {
                examples.add(text);
            }
        }
    }

    private void compare(Channel channel, List<JsonNode> truths, Tally tally) {
        if (truths.isEmpty()) {
            return;
        }
        List<String> orderNos = truths.stream().map(t -> channel.orderNo(t.get("platformOrderId").asString())).toList();
        Map<String, UnifiedOrder> stored = reader.load(orderNos);
        Set<String> quarantined = quarantinedIds(channel, truths.stream().filter(GroundTruthCheck::expectedInQuarantine)
                .map(t -> t.get("platformOrderId").asString()).toList());
        for (JsonNode truth : truths) {
            String id = truth.get("platformOrderId").asString();
            UnifiedOrder actual = stored.get(channel.orderNo(id));
            if (expectedInQuarantine(truth)) {
                if (quarantined.contains(id) && actual == null) {
                    tally.quarantined++;
                } else {
                    tally.defectiveMissing++;
                    tally.example(channel + "/" + id + " defective payload or unbalanced amounts not quarantined");
                }
                continue;
            }
            tally.expected++;
            if (actual == null) {
                tally.lost++;
                tally.example(channel + "/" + id + " lost");
                continue;
            }
            Map<String, String> differences = differences(truth, actual);
            if (differences.isEmpty()) {
                tally.matched++;
            } else {
                tally.mismatched++;
                tally.example(channel + "/" + id + " " + differences);
            }
        }
    }

    private static boolean expectedInQuarantine(JsonNode truth) {
        return !"NONE".equals(truth.path("payloadDefect").asString("NONE")) || !balanced(truth);
    }

    /**
     * The money invariants the adapters quarantine on (docs/unified-model.md, "Amount invariants"): where the
     * discount is implied (Taobao, JD) a paid amount above goods + freight + tax shows as a negative discount.
     */
    private static boolean balanced(JsonNode truth) {
        BigDecimal implied = amount(truth, "goodsAmount").add(amount(truth, "freightAmount"))
                .add(amount(truth, "taxAmount")).subtract(amount(truth, "discountAmount"));
        return implied.compareTo(amount(truth, "paidAmount")) == 0 && amount(truth, "discountAmount").signum() >= 0;
    }

    private static BigDecimal amount(JsonNode truth, String field) {
        return new BigDecimal(truth.get(field).asString());
    }

    /** Which of these orders sit in quarantine: one query per batch. */
    private Set<String> quarantinedIds(Channel channel, List<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Object> args = new ArrayList<>(ids.size() + 1);
        args.add(channel.name());
        args.addAll(ids);
        return new HashSet<>(jdbc.queryForList("SELECT platform_order_id FROM raw_payload WHERE channel = ? "
                + "AND state = 'QUARANTINED' AND platform_order_id IN (" + String.join(",", Collections.nCopies(ids.size(), "?"))
                + ")", String.class, args.toArray()));
    }

    static Map<String, String> differences(JsonNode truth, UnifiedOrder actual) {
        Map<String, String> diff = new LinkedHashMap<>();
        field(diff, "status", truth.get("status").asString(), actual.status().name());
        field(diff, "refundState", truth.get("refundState").asString(), actual.refundState().name());
        field(diff, "onHold", truth.get("onHold").asBoolean(), actual.onHold());
        field(diff, "goods", truth.get("goodsAmount").asString(), actual.amounts().goods().toPlainString());
        field(diff, "discount", truth.get("discountAmount").asString(), actual.amounts().discount().toPlainString());
        field(diff, "freight", truth.get("freightAmount").asString(), actual.amounts().freight().toPlainString());
        field(diff, "tax", truth.get("taxAmount").asString(), actual.amounts().tax().toPlainString());
        field(diff, "paid", truth.get("paidAmount").asString(), actual.amounts().paid().toPlainString());
        field(diff, "createdAt", text(truth, "createdAt"), time(actual.times().created()));
        field(diff, "paidAt", text(truth, "paidAt"), time(actual.times().paid()));
        field(diff, "modifiedAt", text(truth, "modifiedAt"), time(actual.times().platformModified()));
        field(diff, "shippedAt", text(truth, "shippedAt"), time(actual.times().shipped()));
        field(diff, "deliveredAt", text(truth, "deliveredAt"), time(actual.times().delivered()));
        field(diff, "promisedShipBy", text(truth, "promisedShipBy"), time(actual.times().promisedShipBy()));
        field(diff, "buyerRef", text(truth, "buyerRef"), actual.buyerRefMasked());
        field(diff, "buyerRemark", text(truth, "buyerRemark"), actual.texts().buyerRemark());
        field(diff, "sellerMemo", text(truth, "sellerMemo"), actual.texts().sellerMemo());
        field(diff, "receiverRegion", text(truth, "receiverRegion"), actual.texts().receiverRegion());
        field(diff, "presale", truth.get("presale").asBoolean(), actual.presale());
        field(diff, "expectedDelivery", text(truth, "expectedDelivery"),
                actual.presaleDeliveryDate() == null ? null : actual.presaleDeliveryDate().toString());
        field(diff, "crossBorder", truth.get("crossBorder").asBoolean(), actual.crossBorder());
        List<String> expectedLines = new ArrayList<>();
        for (JsonNode line : truth.path("lines")) {
            expectedLines.add(text(line, "sku") + "|" + text(line, "platformSku") + "|" + line.get("quantity").asInt()
                    + "|" + text(line, "unitPrice") + "|" + text(line, "discountShare") + "|" + line.get("gift").asBoolean()
                    + "|" + text(line, "refundState"));
        }
        List<String> actualLines = new ArrayList<>();
        for (OrderLine line : actual.lines()) {
            actualLines.add(line.sku() + "|" + line.platformSku() + "|" + line.quantity() + "|"
                    + line.unitPrice().toPlainString() + "|" + line.discountShare().toPlainString() + "|" + line.gift()
                    + "|" + line.refundState());
        }
        field(diff, "lines", expectedLines, actualLines);
        List<String> expectedMarketing = new ArrayList<>();
        for (JsonNode line : truth.path("marketing")) {
            expectedMarketing.add(text(line, "type") + "|" + text(line, "fundedBy") + "|" + text(line, "amount"));
        }
        List<String> actualMarketing = new ArrayList<>();
        for (MarketingLine line : actual.marketing()) {
            actualMarketing.add(line.type() + "|" + line.fundedBy() + "|" + line.amount().toPlainString());
        }
        field(diff, "marketing", expectedMarketing.stream().sorted().toList(), actualMarketing.stream().sorted().toList());
        return diff;
    }

    private static void field(Map<String, String> diff, String name, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            diff.put(name, "expected " + expected + " but was " + actual);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String time(LocalDateTime time) {
        return time == null ? null : TIME.format(time);
    }
}

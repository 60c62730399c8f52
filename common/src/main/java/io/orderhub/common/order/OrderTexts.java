package io.orderhub.common.order;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The free texts of an order that freeze rules read (docs/unified-model.md, "Order texts"), and nothing more
 * personal: no names, phone numbers or street addresses (the platforms mask or encrypt those anyway). Each text is
 * stripped, blank becomes {@code null}, and a long one is cut to its column's size rather than failing the order.
 *
 * @param buyerRemark    what the buyer wrote to the seller when ordering (买家留言), at most {@value #REMARK_MAX}
 *                       UTF-16 chars
 * @param sellerMemo     the seller's own note on the order (卖家备注), at most {@value #REMARK_MAX} UTF-16 chars
 * @param receiverRegion the receiver's province, city, district and township, space separated, at most
 *                       {@value #REGION_MAX} UTF-16 chars
 */
public record OrderTexts(String buyerRemark, String sellerMemo, String receiverRegion) {

    /** The size of {@code buyer_remark} and {@code seller_memo}; JD documents its seller memo as at most 500. */
    public static final int REMARK_MAX = 500;
    /** The size of {@code receiver_region}: four administrative names fit many times over. */
    public static final int REGION_MAX = 200;

    public static final OrderTexts NONE = new OrderTexts(null, null, null);

    public OrderTexts {
        buyerRemark = capped(buyerRemark, REMARK_MAX);
        sellerMemo = capped(sellerMemo, REMARK_MAX);
        receiverRegion = capped(receiverRegion, REGION_MAX);
    }

    /** The region from its parts, largest first; absent or blank parts are left out, all absent gives null. */
    public static String region(String... parts) {
        String joined = Arrays.stream(parts).filter(Objects::nonNull).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    /**
     * Stripped, null when blank, cut to at most {@code max} UTF-16 chars without splitting a surrogate pair (an
     * emoji is two chars: cutting between them would leave half a character that MariaDB refuses). Counting chars,
     * not code points, keeps the value within the column on H2 as well as MariaDB.
     */
    static String capped(String text, int max) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        if (stripped.length() <= max) {
            return stripped;
        }
        int end = Character.isHighSurrogate(stripped.charAt(max - 1)) ? max - 1 : max;
        return stripped.substring(0, end);
    }
}

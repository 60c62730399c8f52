package io.orderhub.sync.accuracy;

import io.orderhub.common.order.OrderStatus;
import io.orderhub.common.order.UnifiedOrder;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One drawn order after asking its platform: compared (both matches set) or failed (an error code, no match either
 * way — a failed fetch says nothing about our state).
 *
 * @param fetchError {@code NOT_FOUND}, {@code PLATFORM_<kind>:<code>}, {@code MAPPING_<reason>}; null when compared
 */
public record SampledOrder(SampleCandidate ours, LocalDateTime sampledAt, OrderStatus platformStatus,
        BigDecimal platformPaidAmount, LocalDateTime platformModifiedAt, Boolean statusMatch, Boolean amountMatch,
        String fetchError, String errorDetail) {

    private static final int MAX_CODE = 64;
    private static final int MAX_DETAIL = 255;

    /** Status equal as unified statuses; amount equal to the fen ({@code compareTo}, whatever the scale). */
    public static SampledOrder compared(SampleCandidate ours, LocalDateTime sampledAt, UnifiedOrder platform) {
        BigDecimal paid = platform.amounts().paid();
        return new SampledOrder(ours, sampledAt, platform.status(), paid, platform.times().platformModified(),
                ours.status() == platform.status(), ours.paidAmount().compareTo(paid) == 0, null, null);
    }

    public static SampledOrder failed(SampleCandidate ours, LocalDateTime sampledAt, String code, String detail) {
        return new SampledOrder(ours, sampledAt, null, null, null, null, null, cut(code, MAX_CODE),
                cut(detail, MAX_DETAIL));
    }

    public boolean failed() {
        return fetchError != null;
    }

    /** Status and amount both as the platform has them. */
    public boolean matches() {
        return Boolean.TRUE.equals(statusMatch) && Boolean.TRUE.equals(amountMatch);
    }

    /** For the operator's log: what differs. */
    public String describeMismatch() {
        StringBuilder text = new StringBuilder(ours.platformOrderId()).append(':');
        if (Boolean.FALSE.equals(statusMatch)) {
            text.append(" status ours ").append(ours.status()).append(", platform ").append(platformStatus);
        }
        if (Boolean.FALSE.equals(amountMatch)) {
            text.append(" paid ours ").append(ours.paidAmount().toPlainString()).append(", platform ")
                    .append(platformPaidAmount.toPlainString());
        }
        return text.toString();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}

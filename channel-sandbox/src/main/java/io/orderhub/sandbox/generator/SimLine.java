package io.orderhub.sandbox.generator;

/**
 * One order line, money in fen. {@code discountFen} is the line's share of all discounts and {@code taxFen} its share
 * of the tax, so that the line shares add up to the order totals.
 */
public record SimLine(String lineId, String sku, long platformSku, long productId, String title, int quantity,
                      long unitPriceFen, boolean gift, long discountFen, long taxFen, RefundState refundState) {

    public long goodsFen() {
        return unitPriceFen * quantity;
    }
}

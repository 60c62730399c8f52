package io.orderhub.sandbox.generator;

/**
 * An order's free texts as the platform serves them, raw: not stripped, not cut, {@code null} = the field is absent.
 * The renderers put each in its platform's place and shape; the ground truth applies docs/unified-model.md's rules
 * ("Order texts") to them. The region comes in its four administrative parts, largest first.
 *
 * @param buyerRemark the buyer's message to the seller (买家留言)
 * @param sellerMemo  the seller's own note (卖家备注)
 * @param province    省 / 直辖市 / 自治区
 * @param city        市
 * @param district    区县 (JD {@code county}, Douyin and PDD {@code town})
 * @param town        街道 / 乡镇 (Taobao {@code receiver_town}, JD {@code town}, Douyin {@code street}; PDD has none)
 */
public record SimTexts(String buyerRemark, String sellerMemo, String province, String city, String district,
                       String town) {
}

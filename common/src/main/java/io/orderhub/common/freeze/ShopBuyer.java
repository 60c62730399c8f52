package io.orderhub.common.freeze;

/** A buyer as one shop knows them: the platform's masked reference is unique only within the channel and shop. */
record ShopBuyer(String channel, String shopId, String buyerRefMasked) {
}

package io.orderhub.sandbox.truth;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.generator.SimTexts;
import java.util.ArrayList;
import java.util.List;

/**
 * The remark, memo and region an adapter should store, from the texts as served, by docs/unified-model.md ("Order
 * texts"), written here again rather than shared with the suite: each text stripped, blank or absent → null; a remark
 * or memo cut to 500 UTF-16 chars, a region to 200, never between the two halves of an emoji; the region's non-blank
 * parts joined by one space, largest first. PDD sends no township, so its region has three parts at most.
 */
record ExpectedTexts(String buyerRemark, String sellerMemo, String receiverRegion) {

    static final int REMARK_MAX = 500;
    static final int REGION_MAX = 200;

    static ExpectedTexts of(Channel channel, SimTexts served) {
        List<String> parts = new ArrayList<>(4);
        for (String part : new String[] {served.province(), served.city(), served.district(),
                channel == Channel.PDD ? null : served.town()}) {
            String stripped = part == null ? "" : part.strip();
            if (!stripped.isEmpty()) {
                parts.add(stripped);
            }
        }
        return new ExpectedTexts(cut(served.buyerRemark(), REMARK_MAX), cut(served.sellerMemo(), REMARK_MAX),
                cut(String.join(" ", parts), REGION_MAX));
    }

    private static String cut(String text, int max) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        if (stripped.length() <= max) {
            return stripped;
        }
        return stripped.substring(0, Character.isHighSurrogate(stripped.charAt(max - 1)) ? max - 1 : max);
    }
}

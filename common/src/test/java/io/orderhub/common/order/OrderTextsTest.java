package io.orderhub.common.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderTextsTest {

    @Test
    void textsAreStrippedAndBlankOnesAreNull() {
        OrderTexts texts = new OrderTexts("  请放门口 \n", " ", "");

        assertThat(texts).isEqualTo(new OrderTexts("请放门口", null, null));
        assertThat(texts.sellerMemo()).isNull();
        assertThat(texts.receiverRegion()).isNull();
    }

    @Test
    void aLongRemarkIsCutToItsColumnSize() {
        OrderTexts texts = new OrderTexts("留".repeat(3000), "备".repeat(OrderTexts.REMARK_MAX), "区".repeat(201));

        assertThat(texts.buyerRemark()).hasSize(OrderTexts.REMARK_MAX);
        assertThat(texts.sellerMemo()).hasSize(OrderTexts.REMARK_MAX);
        assertThat(texts.receiverRegion()).hasSize(OrderTexts.REGION_MAX);
    }

    @Test
    void theCutNeverSplitsAnEmoji() {
        String remark = "好".repeat(OrderTexts.REMARK_MAX - 1) + "😊" + "尾";

        String kept = new OrderTexts(remark, null, null).buyerRemark();

        assertThat(kept).isEqualTo("好".repeat(OrderTexts.REMARK_MAX - 1));
        assertThat(new OrderTexts("好".repeat(OrderTexts.REMARK_MAX - 2) + "😊尾", null, null).buyerRemark())
                .endsWith("😊").hasSize(OrderTexts.REMARK_MAX);
    }

    @Test
    void regionJoinsThePartsGivenLargestFirst() {
        assertThat(OrderTexts.region("浙江省", "杭州市", " 西湖区 ", "文新街道")).isEqualTo("浙江省 杭州市 西湖区 文新街道");
        assertThat(OrderTexts.region("河南省", null, "", "济源市")).isEqualTo("河南省 济源市");
        assertThat(OrderTexts.region(null, " ", null)).isNull();
    }
}

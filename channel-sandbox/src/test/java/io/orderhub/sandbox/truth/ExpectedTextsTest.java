package io.orderhub.sandbox.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sandbox.Channel;
import io.orderhub.sandbox.generator.SimTexts;
import org.junit.jupiter.api.Test;

class ExpectedTextsTest {

    private static SimTexts remark(String buyerRemark) {
        return new SimTexts(buyerRemark, null, null, null, null, null);
    }

    @Test
    void textsAreStrippedOfFullWidthSpacesAndBlankOrAbsentOnesAreNone() {
        assertThat(ExpectedTexts.of(Channel.TAOBAO, remark("\u3000周末不在家\u3000")).buyerRemark())
                .isEqualTo("周末不在家");
        assertThat(ExpectedTexts.of(Channel.TAOBAO, remark("   ")).buyerRemark()).isNull();
        assertThat(ExpectedTexts.of(Channel.TAOBAO, remark("")).buyerRemark()).isNull();
        assertThat(ExpectedTexts.of(Channel.TAOBAO, remark(null))).isEqualTo(new ExpectedTexts(null, null, null));
    }

    @Test
    void aLongRemarkIsCutAt500CharsButNeverInsideAnEmoji() {
        String emojiAcross = "请".repeat(499) + "😀" + "尾";
        String plainLong = "字".repeat(620);

        assertThat(ExpectedTexts.of(Channel.JD, remark(emojiAcross)).buyerRemark()).isEqualTo("请".repeat(499));
        assertThat(ExpectedTexts.of(Channel.JD, new SimTexts(null, plainLong, null, null, null, null)).sellerMemo())
                .isEqualTo("字".repeat(500));
    }

    @Test
    void theRegionJoinsItsNonBlankPartsLargestFirstAndIsCutAt200() {
        assertThat(ExpectedTexts.of(Channel.DOUYIN, new SimTexts(null, null, " 上海 ", "上海市", "浦东新区",
                "\u3000张江镇\u3000")).receiverRegion()).isEqualTo("上海 上海市 浦东新区 张江镇");
        assertThat(ExpectedTexts.of(Channel.JD, new SimTexts(null, null, "河南省", "", "济源市", null))
                .receiverRegion()).isEqualTo("河南省 济源市");
        assertThat(ExpectedTexts.of(Channel.TAOBAO, new SimTexts(null, null, "四川省", "成都市", "武侯区",
                "某".repeat(300))).receiverRegion()).hasSize(200).startsWith("四川省 成都市 武侯区 某");
    }

    @Test
    void pddSendsNoTownshipSoItsRegionEndsAtTheDistrict() {
        SimTexts served = new SimTexts(null, null, "浙江省", "杭州市", "西湖区", "文新街道");

        assertThat(ExpectedTexts.of(Channel.PDD, served).receiverRegion()).isEqualTo("浙江省 杭州市 西湖区");
        assertThat(ExpectedTexts.of(Channel.TAOBAO, served).receiverRegion()).isEqualTo("浙江省 杭州市 西湖区 文新街道");
    }
}

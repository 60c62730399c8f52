package io.orderhub.common.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelMatcherTest {

    private static final Map<String, String> LABELS = Map.of("alertname", "SyncLag", "channel", "TAOBAO", "shop", "1001");

    @Test
    void equalAndNotEqualCompareWholeValues() {
        assertThat(LabelMatcher.parse("channel=TAOBAO").matches(LABELS)).isTrue();
        assertThat(LabelMatcher.parse("channel=TAO").matches(LABELS)).isFalse();
        assertThat(LabelMatcher.parse("channel!=JD").matches(LABELS)).isTrue();
    }

    @Test
    void regexIsAnchoredAtBothEnds() {
        assertThat(LabelMatcher.parse("channel=~\"TAOBAO|JD\"").matches(LABELS)).isTrue();
        assertThat(LabelMatcher.parse("channel=~TAO").matches(LABELS)).isFalse();
        assertThat(LabelMatcher.parse("shop!~10.*").matches(LABELS)).isFalse();
    }

    @Test
    void missingLabelMatchesAsTheEmptyString() {
        assertThat(LabelMatcher.parse("region=").matches(LABELS)).isTrue();
        assertThat(LabelMatcher.parse("region=~.*").matches(LABELS)).isTrue();
        assertThat(LabelMatcher.parse("region!=").matches(LABELS)).isFalse();
    }

    @Test
    void badSyntaxAndBadRegexNameTheMatcher() {
        assertThatThrownBy(() -> LabelMatcher.parse("channel")).hasMessageContaining("'channel' is not a label matcher");
        assertThatThrownBy(() -> LabelMatcher.parse("shop=~(")).hasMessageContaining("'shop=~(': bad regex");
    }
}

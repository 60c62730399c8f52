package io.orderhub.sync.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void returnsTheMemberObjectExactlyAsSentIncludingSpacingAndBracesInsideStrings() {
        String json = "{\"alipay_trade_query_response\" : {\"code\":\"10000\", \"msg\":\"a } { \\\" b\","
                + "\"nested\":{\"x\":1}},\"sign\":\"abc\"}";

        assertThat(JsonText.objectMember(json, "alipay_trade_query_response"))
                .contains("{\"code\":\"10000\", \"msg\":\"a } { \\\" b\",\"nested\":{\"x\":1}}");
    }

    @Test
    void isEmptyWhenTheMemberIsMissingOrNotAnObject() {
        assertThat(JsonText.objectMember("{\"sign\":\"x\"}", "alipay_trade_query_response")).isEmpty();
        assertThat(JsonText.objectMember("{\"r\":\"text\",\"o\":{}}", "r")).isEmpty();
        assertThat(JsonText.objectMember("{\"r\":{\"unterminated\":1", "r")).isEmpty();
    }
}

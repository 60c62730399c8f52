package io.orderhub.sync.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UrlEncodedFormTest {

    @Test
    void decodesUtf8ParametersSortedByName() {
        assertThat(UrlEncodedForm.parse("b=%E4%BD%A0%E5%A5%BD&a=1+2&c="))
                .containsExactly(java.util.Map.entry("a", "1 2"), java.util.Map.entry("b", "你好"),
                        java.util.Map.entry("c", ""));
    }

    @Test
    void refusesARepeatedParameterNamingIt() {
        assertThatThrownBy(() -> UrlEncodedForm.parse("sign=a&sign=b")).hasMessageContaining("'sign' appears twice");
    }

    @Test
    void refusesBrokenPercentEncodingNamingTheParameter() {
        assertThatThrownBy(() -> UrlEncodedForm.parse("content=%zz")).hasMessageContaining("parameter 'content'");
    }
}

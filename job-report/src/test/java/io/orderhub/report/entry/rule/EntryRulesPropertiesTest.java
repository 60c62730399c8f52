package io.orderhub.report.entry.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class EntryRulesPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(EntryRulesProperties.class)
    static class Bound {
    }

    final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void defaultsAreTheDocumentedOnes() {
        context.run(started -> {
            EntryRulesProperties properties = started.getBean(EntryRulesProperties.class);
            assertThat(properties.confirmationThreshold()).isEqualByComparingTo(BigDecimal.valueOf(100));
            assertThat(properties.expiryWarningDays()).isEqualTo(30);
            assertThat(properties.fuzzyMaxDistance()).isEqualTo(2);
            assertThat(properties.weightUnits()).containsExactly("g", "克", "kg", "千克");
            assertThat(properties.fieldRules()).containsOnlyKeys("*");
            assertThat(properties.api().enabled()).isFalse();
        });
    }

    @Test
    void aBadRegularExpressionRefusesStartUpNamingTheKey() {
        context.withPropertyValues("oms.entries.field-rules.receiving.batch-no.pattern=B[0-9{8}")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("oms.entries.field-rules.receiving.batch-no.pattern is not a valid"
                                + " regular expression"));
    }

    @Test
    void anUnknownFieldRefusesStartUpNamingTheKey() {
        context.withPropertyValues("oms.entries.field-rules.receiving.colour.required=true")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("oms.entries.field-rules.receiving.colour is not a field of an entry"));
    }

    @Test
    void aThresholdThatIsNotPositiveRefusesStartUp() {
        context.withPropertyValues("oms.entries.confirmation-threshold=0")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("oms.entries.confirmation-threshold must be a positive number"));
    }

    @Test
    void aFuzzyDistanceOutOfRangeRefusesStartUp() {
        context.withPropertyValues("oms.entries.fuzzy-max-distance=5")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("oms.entries.fuzzy-max-distance must be 1, 2 or 3"));
    }
}

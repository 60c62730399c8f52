package io.orderhub.report.maturity;

import io.orderhub.report.health.MaturityAssessor;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The maturity assessor and its thresholds ({@code oms.report.maturity.*}, checked at start-up). */
@Configuration
@EnableConfigurationProperties(MaturityProperties.class)
public class MaturityConfiguration {

    @Bean
    MaturityAssessor maturityAssessor(JdbcTemplate jdbc, MaturityProperties thresholds, Clock clock) {
        return new MeasuredMaturityAssessor(new MaturityFigureReader(jdbc), new MaturityScoring(thresholds), clock);
    }
}

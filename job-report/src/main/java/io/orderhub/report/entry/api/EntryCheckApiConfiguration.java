package io.orderhub.report.entry.api;

import io.micrometer.observation.ObservationPredicate;
import io.orderhub.common.secret.SecretPolicy;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.report.entry.EntryCheck;
import io.orderhub.report.entry.rule.EntryRulesProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * The check API, opt-in ({@code oms.entries.api.enabled=true}): its bearer token is resolved from its {@code env:}
 * reference and must be long and random; an empty, placeholder or guessable token refuses the start-up naming
 * {@code oms.entries.api.bearer-token}, never the value.
 */
@Configuration
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("oms.entries.api.enabled")
public class EntryCheckApiConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EntryCheckApiConfiguration.class);

    @Bean
    EntryApiAccess entryApiAccess(EntryRulesProperties properties, SecretResolver secrets) {
        String token = secrets.resolve(properties.api().bearerToken(), EntryRulesProperties.Api.BEARER_TOKEN);
        SecretPolicy.check(EntryRulesProperties.Api.BEARER_TOKEN, token);
        log.info("entry check API enabled: POST {} with a bearer token, at most {} entries per request",
                EntryCheckServlet.PATH, properties.api().maxBatch());
        return new EntryApiAccess(token);
    }

    @Bean
    EntryJson entryJson(EntryRulesProperties properties) {
        return new EntryJson(properties.api().maxBatch());
    }

    /** Beside Spring MVC's dispatcher (which keeps the downloads and {@code /error}), on the same port. */
    @Bean
    ServletRegistrationBean<EntryCheckServlet> entryCheckServlet(EntryCheck rules, EntryApiAccess access,
            EntryJson json) {
        ServletRegistrationBean<EntryCheckServlet> registration =
                new ServletRegistrationBean<>(new EntryCheckServlet(rules, access, json), EntryCheckServlet.PATH);
        registration.setName("entryCheck");
        registration.setLoadOnStartup(1);
        return registration;
    }

    /**
     * The checks are not observed ({@code http.server.requests}): timing each one with its tags cost about half the
     * CPU of the rules themselves per request (JFR); the downloads stay observed.
     */
    @Bean
    ObservationPredicate entryChecksUnobserved() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && EntryCheckServlet.PATH.equals(request.getCarrier().getRequestURI()));
    }
}

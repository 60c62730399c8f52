package io.orderhub.report.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.testing.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DownloadAccessTest {

    static final String TOKEN = "b7e41c9a0d3f5e2864a1c7b9e0f3d6a2";
    static final String PATH = "/reports/health.html";
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T02:00:00Z"));
    final SignedLinks links = new SignedLinks("9d2f6a1c8e4b7053a6c1f9e2d8b4a7c3".getBytes(StandardCharsets.UTF_8),
            URI.create("http://127.0.0.1:8083/"), Duration.ofHours(1), clock);
    final DownloadAccess access = new DownloadAccess(links, TOKEN);

    @Test
    void theConfiguredBearerTokenIsAccepted() {
        assertThat(access.check(PATH, "Bearer " + TOKEN, null, null)).isEqualTo(AccessGrant.BEARER_TOKEN);
        assertThat(access.check(PATH, "bearer " + TOKEN, null, null)).isEqualTo(AccessGrant.BEARER_TOKEN);
    }

    @Test
    void aValidLinkForThePathIsAccepted() {
        SignedLinksTest.Query link = SignedLinksTest.Query.of(links.relativeLinkTo("health.html"));

        assertThat(access.check(PATH, null, link.expires(), link.sig())).isEqualTo(AccessGrant.SIGNED_LINK);
    }

    @Test
    void aWrongTokenIsRefusedEvenWithAValidLinkAndTheMessageHoldsNoSecret() {
        SignedLinksTest.Query link = SignedLinksTest.Query.of(links.relativeLinkTo("health.html"));

        assertThatThrownBy(() -> access.check(PATH, "Bearer " + TOKEN + "x", link.expires(), link.sig()))
                .isInstanceOf(AccessRefused.class)
                .hasMessage("wrong bearer token");
        assertThatThrownBy(() -> access.check(PATH, "Basic dXNlcjpwYXNz", null, null))
                .hasMessage("the Authorization header is not a bearer token");
    }

    @Test
    void withoutAnyCredentialsTheRequestIsRefused() {
        assertThatThrownBy(() -> access.check(PATH, null, null, null))
                .hasMessage("neither a signed link nor a bearer token");
    }

    @Test
    void anExpiredLinkIsRefusedNamingItsExpiryInGmtPlus8() {
        SignedLinksTest.Query link = SignedLinksTest.Query.of(links.relativeLinkTo("health.html"));
        clock.advance(Duration.ofHours(1).plusSeconds(1));

        assertThatThrownBy(() -> access.check(PATH, null, link.expires(), link.sig()))
                .hasMessage("the link expired at 2026-12-05 11:00:00 GMT+8");
    }

    @Test
    void aLinkForAnotherPathIsRefusedWithoutEchoingTheSignature() {
        SignedLinksTest.Query link = SignedLinksTest.Query.of(links.relativeLinkTo("other.html"));

        assertThatThrownBy(() -> access.check(PATH, null, link.expires(), link.sig()))
                .hasMessage("the link's signature does not match its path and expiry")
                .message().doesNotContain(link.sig());
    }

    @Test
    void withoutAConfiguredTokenBearerRequestsAreRefused() {
        DownloadAccess linksOnly = new DownloadAccess(links, null);

        assertThatThrownBy(() -> linksOnly.check(PATH, "Bearer " + TOKEN, null, null))
                .hasMessageContaining("bearer tokens are not accepted here");
    }
}

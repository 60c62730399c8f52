package io.orderhub.report.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.testing.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignedLinksTest {

    static final String KEY = "9d2f6a1c8e4b7053a6c1f9e2d8b4a7c3";
    static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");
    final MutableClock clock = new MutableClock(NOW);
    final SignedLinks links = new SignedLinks(KEY.getBytes(StandardCharsets.UTF_8),
            URI.create("https://reports.example.test/oms/"), Duration.ofDays(7), clock);

    @Test
    void aLinkIsTheBaseUrlThePathTheExpiryAndTheHmacOfPathAndExpiry() throws Exception {
        long expires = NOW.plus(Duration.ofDays(7)).getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sig = HexFormat.of().formatHex(mac.doFinal(("/reports/health.html\n" + expires)
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(links.linkTo("health.html")).isEqualTo(URI.create(
                "https://reports.example.test/oms/reports/health.html?expires=" + expires + "&sig=" + sig));
    }

    @Test
    void aLinkWorksUntilItsExpiryAndNotASecondLonger() {
        Query link = Query.of(links.relativeLinkTo("health.html"));

        assertThat(links.check("/reports/health.html", link.expires, link.sig)).isEqualTo(LinkCheck.VALID);
        clock.advance(Duration.ofDays(7));
        assertThat(links.check("/reports/health.html", link.expires, link.sig)).isEqualTo(LinkCheck.VALID);
        clock.advance(Duration.ofSeconds(1));
        assertThat(links.check("/reports/health.html", link.expires, link.sig)).isEqualTo(LinkCheck.EXPIRED);
    }

    @Test
    void anotherPathALaterExpiryOrAnotherKeyBreaksTheSignature() {
        Query link = Query.of(links.relativeLinkTo("health.html"));
        SignedLinks otherKey = new SignedLinks("another-key-another-key-another-key".getBytes(StandardCharsets.UTF_8),
                URI.create("https://reports.example.test/"), Duration.ofDays(7), clock);

        assertThat(links.check("/reports/other.html", link.expires, link.sig)).isEqualTo(LinkCheck.BAD_SIGNATURE);
        assertThat(links.check("/reports/health.html", String.valueOf(Long.parseLong(link.expires) + 86_400),
                link.sig)).isEqualTo(LinkCheck.BAD_SIGNATURE);
        assertThat(otherKey.check("/reports/health.html", link.expires, link.sig))
                .isEqualTo(LinkCheck.BAD_SIGNATURE);
    }

    @Test
    void aTamperedExpiryReadsAsABadSignatureEvenWhenItIsInThePast() {
        Query link = Query.of(links.relativeLinkTo("health.html"));

        assertThat(links.check("/reports/health.html", "1", link.sig)).isEqualTo(LinkCheck.BAD_SIGNATURE);
    }

    @Test
    void theSignatureMayComeInUpperCaseHex() {
        Query link = Query.of(links.relativeLinkTo("health.html"));

        assertThat(links.check("/reports/health.html", link.expires, link.sig.toUpperCase()))
                .isEqualTo(LinkCheck.VALID);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "NULL, 00", "1796000000, NULL", "soon, 00", "-5, 00", "1796000000, not-hex",
            "1796000000, 0123", "99999999999999999999, 00"})
    void aLinkWithoutANumberExpiryOrA64DigitHexSignatureIsMalformed(String expires, String sig) {
        String signature = "00".equals(sig) ? "0".repeat(64) : sig;

        assertThat(links.check("/reports/health.html", expires, signature)).isEqualTo(LinkCheck.MALFORMED);
    }

    @Test
    void theIndexHasItsOwnLinkAndNoLinkIsMintedForAnInvalidName() {
        URI index = links.linkToIndex();
        Query link = Query.of(index.toString());

        assertThat(index.toString()).startsWith("https://reports.example.test/oms/reports/?expires=");
        assertThat(links.check(SignedLinks.INDEX_PATH, link.expires, link.sig)).isEqualTo(LinkCheck.VALID);
        assertThatThrownBy(() -> links.linkTo("../secret")).isInstanceOf(IllegalArgumentException.class);
    }

    record Query(String expires, String sig) {

        static Query of(String pathAndQuery) {
            String query = pathAndQuery.substring(pathAndQuery.indexOf('?') + 1);
            String expires = null;
            String sig = null;
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                if (parts[0].equals("expires")) {
                    expires = parts[1];
                } else if (parts[0].equals("sig")) {
                    sig = parts[1];
                }
            }
            return new Query(expires, sig);
        }
    }
}

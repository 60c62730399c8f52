package io.orderhub.sync.inbox.signature;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.sync.channel.taobao.TaobaoSigner.Method;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignatureEvidenceTest {

    static final LocalDateTime SWITCH = LocalDateTime.of(2026, 11, 25, 2, 14);
    static final Duration TWO_MINUTES = Duration.ofMinutes(2);

    @Test
    void twentyMessagesOverTwoMinutesUnderAStrongerAlgorithmAreAdoptedWhenAutoAdoptIsOn() {
        SignatureEvidence evidence = new SignatureEvidence(Method.MD5, pushes(20, Duration.ofSeconds(7), Method.HMAC_SHA256));

        assertThat(evidence.candidate()).contains(Method.HMAC_SHA256);
        assertThat(evidence.decide(20, TWO_MINUTES, true)).isEqualTo(ProbeOutcome.ADOPTED);
        assertThat(evidence.decide(20, TWO_MINUTES, false)).isEqualTo(ProbeOutcome.PROPOSED);
    }

    @Test
    void fewerThanTheMinimumProofsIsNotProven() {
        SignatureEvidence evidence = new SignatureEvidence(Method.MD5, pushes(19, Duration.ofSeconds(10), Method.HMAC_SHA256));

        assertThat(evidence.decide(20, TWO_MINUTES, true)).isEqualTo(ProbeOutcome.NOT_PROVEN);
    }

    @Test
    void aBurstShorterThanTheMinimumSpanIsNotProven() {
        SignatureEvidence evidence = new SignatureEvidence(Method.MD5, pushes(50, Duration.ofSeconds(2), Method.HMAC_SHA256));

        assertThat(evidence.decide(20, TWO_MINUTES, true)).isEqualTo(ProbeOutcome.NOT_PROVEN);
    }

    @Test
    void aWeakerCandidateIsOnlyEverProposedAsADowngrade() {
        SignatureEvidence evidence = new SignatureEvidence(Method.HMAC_SHA256, pushes(30, Duration.ofSeconds(10), Method.MD5));

        assertThat(evidence.decide(20, TWO_MINUTES, true)).isEqualTo(ProbeOutcome.DOWNGRADE);
    }

    @Test
    void oneMessageVerifyingUnderNoAlgorithmStopsAdoptionOfAProvenCandidate() {
        List<SampledPush> sample = new ArrayList<>(pushes(25, Duration.ofSeconds(10), Method.HMAC_SHA256));
        sample.add(new SampledPush(999, "forged", SWITCH.plusMinutes(1), Set.of()));

        SignatureEvidence evidence = new SignatureEvidence(Method.MD5, sample);

        assertThat(evidence.decide(20, TWO_MINUTES, true)).isEqualTo(ProbeOutcome.UNVERIFIABLE);
    }

    @Test
    void pushesVerifyingUnderNoAlgorithmAloneAreUnverifiableWithoutACandidate() {
        SignatureEvidence evidence = new SignatureEvidence(Method.MD5, pushes(20, Duration.ofSeconds(10)));

        assertThat(evidence.candidate()).isEmpty();
        assertThat(evidence.decide(20, TWO_MINUTES, true)).isEqualTo(ProbeOutcome.UNVERIFIABLE);
    }

    @Test
    void aMessageStillVerifyingUnderTheConfiguredAlgorithmMeansNoSwitchIsProven() {
        List<SampledPush> sample = new ArrayList<>(pushes(25, Duration.ofSeconds(10), Method.HMAC_SHA256));
        sample.add(new SampledPush(999, "old", SWITCH, Set.of(Method.MD5)));

        assertThat(new SignatureEvidence(Method.MD5, sample).decide(20, TWO_MINUTES, true))
                .isEqualTo(ProbeOutcome.NOT_PROVEN);
    }

    @Test
    void autoAdoptIsReadPerShopBeforeItsChannelAndIsOffByDefault() {
        SignatureMigrationProperties settings = new SignatureMigrationProperties(20, TWO_MINUTES, 50,
                java.util.Map.of("TAOBAO", true, "TAOBAO/1002", false));

        assertThat(settings.autoAdopts("TAOBAO", "1001")).isTrue();
        assertThat(settings.autoAdopts("TAOBAO", "1002")).isFalse();
        assertThat(new SignatureMigrationProperties(20, TWO_MINUTES, 50, null).autoAdopts("TAOBAO", "1001")).isFalse();
    }

    private static List<SampledPush> pushes(int count, Duration apart, Method... verifyingUnder) {
        List<SampledPush> pushes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pushes.add(new SampledPush(i, "m-" + i, SWITCH.plus(apart.multipliedBy(i)), Set.of(verifyingUnder)));
        }
        return pushes;
    }
}

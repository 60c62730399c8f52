package io.orderhub.sync.inbox.signature;

import io.orderhub.sync.channel.taobao.TaobaoSigner.Method;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What re-verifying a sample of a shop's held pushes found, and what may be done about it. A signature made with
 * the shop's own secret cannot be forged without it, so messages verifying under another documented algorithm prove
 * who sent them; messages verifying under none are forged, or the secret changed — then nothing is adopted.
 */
public record SignatureEvidence(Method configured, List<SampledPush> sample) {

    public SignatureEvidence {
        sample = List.copyOf(sample);
    }

    /** The algorithm other than the configured one that most sampled messages verify under (the stronger on a tie). */
    public Optional<Method> candidate() {
        return Arrays.stream(Method.values()).filter(m -> m != configured && verifiedUnder(m) > 0)
                .max(Comparator.comparingInt(this::verifiedUnder).thenComparing(Comparator.naturalOrder()));
    }

    public int verifiedUnder(Method method) {
        return (int) sample.stream().filter(p -> p.verifiesUnder().contains(method)).count();
    }

    public int verifiedUnderNone() {
        return (int) sample.stream().filter(p -> p.verifiesUnder().isEmpty()).count();
    }

    /** Receipt time of the earliest sampled message that verifies under {@code method}. */
    public Optional<LocalDateTime> firstUnder(Method method) {
        return under(method).map(SampledPush::receivedAt).min(Comparator.naturalOrder());
    }

    public Optional<LocalDateTime> lastUnder(Method method) {
        return under(method).map(SampledPush::receivedAt).max(Comparator.naturalOrder());
    }

    /**
     * The decision. A candidate is proven by at least {@code minProofs} distinct messages spanning at least
     * {@code minSpan} and none under the configured algorithm. A proven candidate is adopted only when
     * {@code autoAdopt} allows it, it is not weaker than the configured one, and no sampled message verifies under
     * none (a mixed stream: someone without the secret is sending too).
     */
    public ProbeOutcome decide(int minProofs, Duration minSpan, boolean autoAdopt) {
        Optional<Method> candidate = candidate();
        if (!isProven(minProofs, minSpan)) {
            return verifiedUnderNone() >= minProofs ? ProbeOutcome.UNVERIFIABLE : ProbeOutcome.NOT_PROVEN;
        }
        if (verifiedUnderNone() > 0) {
            return ProbeOutcome.UNVERIFIABLE;
        }
        if (candidate.get().isWeakerThan(configured)) {
            return ProbeOutcome.DOWNGRADE;
        }
        return autoAdopt ? ProbeOutcome.ADOPTED : ProbeOutcome.PROPOSED;
    }

    /** At least {@code minProofs} messages under the candidate over at least {@code minSpan}, none under the configured. */
    public boolean isProven(int minProofs, Duration minSpan) {
        Optional<Method> candidate = candidate();
        return candidate.isPresent() && verifiedUnder(configured) == 0 && verifiedUnder(candidate.get()) >= minProofs
                && Duration.between(firstUnder(candidate.get()).orElseThrow(), lastUnder(candidate.get()).orElseThrow())
                        .compareTo(minSpan) >= 0;
    }

    private Stream<SampledPush> under(Method method) {
        return sample.stream().filter(p -> p.verifiesUnder().contains(method));
    }
}

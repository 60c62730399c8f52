package io.orderhub.sync.inbox.signature;

/** What a probe of one shop's held pushes concluded (stored in {@code signature_proof.outcome}, except NOT_PROVEN). */
public enum ProbeOutcome {
    /** Too few messages, too short a span, or some verify under the configured algorithm: nothing to say yet. */
    NOT_PROVEN,
    /** A proven candidate at least as strong as the configured algorithm, waiting for {@code signatureAdopt}. */
    PROPOSED,
    /** A proven candidate adopted without an operator ({@code auto-adopt} on). */
    ADOPTED,
    /** The proven candidate is weaker than the configured algorithm: only ever proposed. */
    DOWNGRADE,
    /** Some sampled pushes verify under no documented algorithm: forged, or the shop's secret changed. Alert only. */
    UNVERIFIABLE
}

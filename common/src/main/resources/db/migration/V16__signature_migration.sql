-- Signature migrations (issue #22): when a shop's pushes are held SIGNATURE_MISMATCH, signatureProbe re-verifies a
-- sample of them with the shop's own secret under every documented algorithm and records what it found here.
-- outcome: PROPOSED (a stronger-or-equal candidate, waiting for signatureAdopt), ADOPTED (auto-adopted),
--          DOWNGRADE (candidate weaker than the configured algorithm: proposal only),
--          UNVERIFIABLE (some sampled pushes verify under no algorithm: forged or the secret changed; alert only).
-- One row per episode: while a verdict stays the same (outcome, candidate, configured method) the open row is updated
-- with the newest sample; it is closed (resolved_at) when a method is adopted or no push is held any more.
-- Every time is set by the suite (GMT+8 wall clock); no column defaults to the database's clock.
CREATE TABLE signature_proof (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    channel             VARCHAR(16)   NOT NULL,
    shop_id             VARCHAR(64)   NOT NULL,
    configured_method   VARCHAR(24)   NOT NULL,
    candidate_method    VARCHAR(24),              -- NULL when no algorithm verified the sample
    outcome             VARCHAR(16)   NOT NULL,
    sampled             INT           NOT NULL,   -- distinct held messages re-verified
    verified_candidate  INT           NOT NULL,
    verified_neither    INT           NOT NULL,
    first_received_at   DATETIME(3),              -- of the messages that verify under the candidate
    last_received_at    DATETIME(3),
    messages            TEXT          NOT NULL,   -- JSON [{"inbox":id,"message":"…","receivedAt":"…","verifiesUnder":"…"}]
    first_probed_at     DATETIME(3)   NOT NULL,
    probed_at           DATETIME(3)   NOT NULL,   -- the latest probe that reached this verdict
    resolved_at         DATETIME(3),
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_signature_proof_shop ON signature_proof (channel, shop_id, id);

-- Every change of channel_shop.callback_sign_method made by the suite: who (auto / operator and the handler),
-- when, from, to, on which proof, and what the replay that followed did. Revert = the latest change, backwards.
CREATE TABLE signature_method_change (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    channel             VARCHAR(16)   NOT NULL,
    shop_id             VARCHAR(64)   NOT NULL,
    from_method         VARCHAR(24)   NOT NULL,
    to_method           VARCHAR(24)   NOT NULL,
    changed_by          VARCHAR(64)   NOT NULL,   -- auto: signatureProbe | operator: signatureAdopt | operator: signatureRevert
    changed_at          DATETIME(3)   NOT NULL,
    proof_id            BIGINT,
    held                INT,
    replayed            INT,
    applied             INT,
    duplicates          INT,
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_signature_change_shop ON signature_method_change (channel, shop_id, id);

package io.orderhub.common.freeze;

/** Freeze rules on the embedded default database (H2 in MySQL mode). */
class FreezeRulesOnH2IT extends FreezeRulesContract {
}

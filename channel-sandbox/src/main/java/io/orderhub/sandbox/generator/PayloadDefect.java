package io.orderhub.sandbox.generator;

/** Per-order bad payloads for quarantine tests (fault {@code badOrderRate}). */
public enum PayloadDefect { NONE, UNKNOWN_STATUS, NON_NUMERIC_AMOUNT }

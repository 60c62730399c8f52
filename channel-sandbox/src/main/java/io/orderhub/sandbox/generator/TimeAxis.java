package io.orderhub.sandbox.generator;

/** Which time a window query filters and sorts on. */
public enum TimeAxis { MODIFIED, CREATED }

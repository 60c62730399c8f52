package io.orderhub.sandbox.generator;

/** One page of a window query: the total matching the window and the order indices on this page. */
public record WindowPage(int total, int[] indices) {
}

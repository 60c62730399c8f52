package io.orderhub.sandbox.generator;

public enum FundedBy { PLATFORM, SHOP, AUTHOR, OTHER }

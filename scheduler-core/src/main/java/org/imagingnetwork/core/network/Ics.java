package org.imagingnetwork.core.network;

/** An integrated care system: the trusts of one area that plan together. */
public record Ics(String code, String name) {}

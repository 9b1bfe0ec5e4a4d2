package org.imagingnetwork.core.demo;

/**
 * A real West Midlands trust as the demo network uses it. {@code pressure} is how far its referrals
 * outrun its own diary: 1 is balanced, 2 means twice the demand its rooms can take, as at the trusts
 * whose waiting lists are longest in the real network.
 */
record TrustSeed(String odsCode, String name, String icsCode, double pressure) {}

package org.imagingnetwork.core.request;

import org.imagingnetwork.core.network.OdsCode;

/** Who asked for the exam. */
public record Referral(OdsCode referringTrust, String clinician) {}

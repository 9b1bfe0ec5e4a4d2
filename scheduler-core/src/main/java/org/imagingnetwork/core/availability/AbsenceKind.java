package org.imagingnetwork.core.availability;

/** Why a member of staff is away. */
public enum AbsenceKind {
    LEAVE,
    SICKNESS,
    TRAINING
}

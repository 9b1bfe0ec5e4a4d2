package org.imagingnetwork.core.availability;

import java.time.LocalDate;

/**
 * An absence as a member of staff enters it, not yet checked: the kind is the name they chose
 * ({@code LEAVE}, {@code SICKNESS}, {@code TRAINING}) and either day may be missing. The days are
 * inclusive.
 */
public record AbsenceForm(String staffId, LocalDate firstDay, LocalDate lastDay, String kind, String note) {}

package org.imagingnetwork.core.diary;

import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;

/** A room a session is added to: what it scans with, and whose site it stands in. */
public record RoomInDiary(String id, Modality modality, OdsCode site, OdsCode trust) {}

package org.imagingnetwork.core.diary;

import java.time.Instant;
import org.imagingnetwork.core.network.OdsCode;

/** A session locked for a diary change, with the version its status was read at. */
public record SessionInDiary(
        SessionId id,
        String room,
        OdsCode site,
        OdsCode trust,
        Instant startsAt,
        Instant endsAt,
        SessionStatus status,
        int version) {}

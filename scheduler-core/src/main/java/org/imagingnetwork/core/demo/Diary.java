package org.imagingnetwork.core.demo;

import java.util.List;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.Slot;

/** The generated sessions and the slots cut from them. */
record Diary(List<Session> sessions, List<Slot> slots) {}

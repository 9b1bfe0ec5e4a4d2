package org.imagingnetwork.optimizer.allocation;

import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.Slot;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.network.NetworkSnapshot;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestId;

/**
 * The network's records an allocation is built from: the diary of the horizon with its live
 * bookings, the waiting list, the booked requests and their patients.
 */
public record AllocationSources(
        NetworkSnapshot network,
        List<Exam> exams,
        List<Session> sessions,
        List<Slot> slots,
        Map<SlotId, RequestId> liveBookings,
        List<Request> waiting,
        List<Request> booked,
        Map<PatientId, Patient> patients) {

    public AllocationSources {
        exams = List.copyOf(exams);
        sessions = List.copyOf(sessions);
        slots = List.copyOf(slots);
        liveBookings = Map.copyOf(liveBookings);
        waiting = List.copyOf(waiting);
        booked = List.copyOf(booked);
        patients = Map.copyOf(patients);
    }
}

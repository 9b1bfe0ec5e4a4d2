package org.imagingnetwork.core.exam;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Skill;

/**
 * An examination in the network's catalogue. Patients read its name and preparation in English or
 * Welsh; {@code nameWelsh} is empty for an exam nobody has named in Welsh yet.
 */
public record Exam(
        ExamCode code,
        String name,
        Modality modality,
        Map<AgeBand, Duration> durations,
        Set<Capability> requiredCapabilities,
        Set<Skill> requiredSkills,
        boolean contrast,
        String preparation,
        String preparationWelsh,
        Optional<String> nameWelsh) {

    public Exam {
        durations = Map.copyOf(durations);
        requiredCapabilities = Set.copyOf(requiredCapabilities);
        requiredSkills = Set.copyOf(requiredSkills);
        nameWelsh = nameWelsh.filter(n -> !n.isBlank());
        if (!durations.containsKey(AgeBand.ADULT)) {
            throw new IllegalArgumentException("exam " + code + " needs an adult duration");
        }
    }

    /** How long this exam takes for a patient of this age; bands without their own figure use the adult one. */
    public Duration durationFor(int ageInYears) {
        return durations.getOrDefault(AgeBand.of(ageInYears), durations.get(AgeBand.ADULT));
    }
}

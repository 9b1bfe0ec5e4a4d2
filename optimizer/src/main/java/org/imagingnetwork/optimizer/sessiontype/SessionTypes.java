package org.imagingnetwork.optimizer.sessiontype;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Skill;

/**
 * The session types the network plans with. The network's own catalogue of lists
 * ({@link org.imagingnetwork.core.diary.SessionTypes} in scheduler-core, the codes its published
 * sessions carry) comes first, each with the exams of the exam catalogue it runs and the cover its
 * staff must bring (someone trained for children on a paediatric list, someone who can sedate on a
 * paediatric MRI list, as children are scanned asleep, someone who can give contrast where the list
 * needs an injector). On top the optimiser adds lists of its own, under codes with a hyphen that the
 * catalogue's never have: for CT and MRI a sedation list and a general-anaesthetic list, and for
 * exams no catalogue list runs, a general, contrast, specialist-kit or paediatric list derived from
 * the exams, so every exam has at least one kind of session that runs it.
 */
public final class SessionTypes {

    private final Map<String, SessionType> byCode;

    public SessionTypes(List<SessionType> types) {
        this.byCode = new LinkedHashMap<>();
        types.forEach(type -> {
            if (byCode.put(type.code(), type) != null) {
                throw new IllegalArgumentException("two session types with code " + type.code());
            }
        });
    }

    public static SessionTypes from(List<Exam> catalogue) {
        Map<ExamCode, Exam> exams = new LinkedHashMap<>();
        catalogue.stream()
                .sorted(Comparator.comparing(exam -> exam.code().value()))
                .forEach(exam -> exams.put(exam.code(), exam));
        List<SessionType> types = new ArrayList<>();
        Set<ExamCode> covered = new HashSet<>();
        for (org.imagingnetwork.core.diary.SessionType listed : org.imagingnetwork.core.diary.SessionTypes.all()) {
            Set<ExamCode> runs =
                    listed.exams().stream().filter(exams::containsKey).collect(Collectors.toUnmodifiableSet());
            if (!runs.isEmpty()) {
                types.add(fromCatalogue(listed, runs));
                covered.addAll(runs);
            }
        }
        Map<Modality, List<Exam>> byModality = exams.values().stream()
                .collect(Collectors.groupingBy(
                        Exam::modality, () -> new EnumMap<>(Modality.class), Collectors.toList()));
        byModality.forEach((modality, all) -> types.addAll(typesFor(
                modality,
                all.stream().filter(exam -> !covered.contains(exam.code())).toList(),
                all)));
        return new SessionTypes(types);
    }

    private static SessionType fromCatalogue(org.imagingnetwork.core.diary.SessionType listed, Set<ExamCode> runs) {
        Set<Skill> cover = EnumSet.noneOf(Skill.class);
        if (listed.paediatric()) {
            cover.add(Skill.PAEDIATRIC);
            if (listed.modality() == Modality.MR) {
                cover.add(Skill.SEDATION);
            }
        }
        if (listed.roomNeeds().contains(Capability.CONTRAST_INJECTOR)) {
            cover.add(Skill.CONTRAST_CANNULATION);
        }
        return new SessionType(
                listed.code(), listed.name(), listed.modality(), runs, listed.roomNeeds(), cover, listed.paediatric());
    }

    /**
     * The optimiser's own lists of a modality: derived ones for the exams no catalogue list runs
     * ({@code uncovered}), and for CT and MRI sedation and general-anaesthetic lists for every plain exam.
     */
    private static List<SessionType> typesFor(Modality modality, List<Exam> uncovered, List<Exam> all) {
        List<SessionType> types = new ArrayList<>(derived(modality, uncovered));
        String name = modality.displayName();
        Set<ExamCode> plain = codes(
                all, exam -> !exam.contrast() && exam.requiredCapabilities().isEmpty());
        if ((modality == Modality.CT || modality == Modality.MR) && !plain.isEmpty()) {
            types.add(new SessionType(
                    modality + "-SED",
                    name + " under sedation",
                    modality,
                    plain,
                    Set.of(),
                    Set.of(Skill.SEDATION),
                    false));
            types.add(new SessionType(
                    modality + "-GA",
                    name + " under general anaesthetic",
                    modality,
                    plain,
                    Set.of(Capability.GENERAL_ANAESTHETIC_SUPPORT),
                    Set.of(Skill.GENERAL_ANAESTHESIA),
                    false));
        }
        return types;
    }

    private static List<SessionType> derived(Modality modality, List<Exam> exams) {
        List<SessionType> types = new ArrayList<>();
        String name = modality.displayName();
        Set<ExamCode> plain = codes(
                exams, exam -> !exam.contrast() && exam.requiredCapabilities().isEmpty());
        Set<ExamCode> contrast = codes(exams, Exam::contrast);
        if (!plain.isEmpty()) {
            types.add(
                    new SessionType(modality + "-GEN", name + " general", modality, plain, Set.of(), Set.of(), false));
            types.add(new SessionType(
                    modality + "-PAED",
                    "Paediatric " + name,
                    modality,
                    plain,
                    Set.of(),
                    Set.of(Skill.PAEDIATRIC),
                    true));
        }
        if (!contrast.isEmpty()) {
            types.add(new SessionType(
                    modality + "-CON",
                    name + " with contrast",
                    modality,
                    contrast,
                    Set.of(Capability.CONTRAST_INJECTOR),
                    Set.of(Skill.CONTRAST_CANNULATION),
                    false));
        }
        Map<String, List<Exam>> specialist = new TreeMap<>();
        for (Exam exam : exams) {
            if (!exam.contrast() && !exam.requiredCapabilities().isEmpty()) {
                specialist
                        .computeIfAbsent(key(exam.requiredCapabilities()), k -> new ArrayList<>())
                        .add(exam);
            }
        }
        specialist.forEach((key, group) -> types.add(new SessionType(
                modality + "-" + key,
                name + " specialist (" + describe(group.get(0).requiredCapabilities()) + ")",
                modality,
                codes(group, exam -> true),
                group.get(0).requiredCapabilities(),
                Set.of(),
                false)));
        return types;
    }

    private static Set<ExamCode> codes(List<Exam> exams, java.util.function.Predicate<Exam> which) {
        return exams.stream().filter(which).map(Exam::code).collect(Collectors.toUnmodifiableSet());
    }

    private static String key(Set<Capability> capabilities) {
        return capabilities.stream().map(Enum::name).sorted().collect(Collectors.joining("+"));
    }

    private static String describe(Set<Capability> capabilities) {
        return EnumSet.copyOf(capabilities).stream()
                .map(capability ->
                        capability.name().toLowerCase(java.util.Locale.UK).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    /**
     * The session type a patient with these needs is seen on for this exam: a general-anaesthetic or
     * sedation list when they need one, a paediatric list for a child where the exam has one, else
     * the adult list that runs the exam (contrast or specialist lists included).
     */
    public Optional<SessionType> listFor(Exam exam, int ageInYears, boolean sedation, boolean generalAnaesthetic) {
        List<SessionType> running = byCode.values().stream()
                .filter(type ->
                        type.modality() == exam.modality() && type.exams().contains(exam.code()))
                .toList();
        if (generalAnaesthetic) {
            return running.stream().filter(SessionType::generalAnaesthetic).findFirst();
        }
        if (sedation) {
            // A sedated child goes on a paediatric list that sedates (children are scanned asleep on
            // paediatric MRI lists), an adult on a sedation list.
            List<SessionType> sedating = running.stream()
                    .filter(type -> type.sedation() && !type.generalAnaesthetic())
                    .toList();
            return sedating.stream()
                    .filter(type -> type.paediatric() && ageInYears < 18)
                    .findFirst()
                    .or(() ->
                            sedating.stream().filter(type -> !type.paediatric()).findFirst());
        }
        if (ageInYears < 18) {
            Optional<SessionType> paediatric =
                    running.stream().filter(SessionType::paediatric).findFirst();
            if (paediatric.isPresent()) {
                return paediatric;
            }
        }
        return running.stream()
                .filter(type -> !type.paediatric()
                        && type.cover().stream().allMatch(skill -> skill == Skill.CONTRAST_CANNULATION))
                .findFirst();
    }

    public List<SessionType> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<SessionType> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<SessionType> of(Modality modality) {
        return byCode.values().stream()
                .filter(type -> type.modality() == modality)
                .toList();
    }
}

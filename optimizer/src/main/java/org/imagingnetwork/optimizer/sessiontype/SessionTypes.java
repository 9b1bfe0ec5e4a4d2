package org.imagingnetwork.optimizer.sessiontype;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
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
 * The session types the network plans with, derived from the exam catalogue so that every exam has
 * at least one kind of session that runs it. Per modality: a general list for exams that need no
 * special kit; a contrast list (CT and MR) with a contrast-competent clinician; a specialist list
 * per set of special equipment (3T, cardiac...); a paediatric list; and for CT and MR a sedation list
 * and a general-anaesthetic list.
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
        List<SessionType> types = new ArrayList<>();
        Map<Modality, List<Exam>> byModality = catalogue.stream()
                .sorted(Comparator.comparing(exam -> exam.code().value()))
                .collect(Collectors.groupingBy(
                        Exam::modality, () -> new java.util.EnumMap<>(Modality.class), Collectors.toList()));
        byModality.forEach((modality, exams) -> types.addAll(typesFor(modality, exams)));
        return new SessionTypes(types);
    }

    private static List<SessionType> typesFor(Modality modality, List<Exam> exams) {
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
            return running.stream()
                    .filter(type -> type.sedation() && !type.generalAnaesthetic())
                    .findFirst();
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

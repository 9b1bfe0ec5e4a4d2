package org.imagingnetwork.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Resource;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.diary.SlotStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every resource the relay sends, in every state, validates against the base R4 structure definitions. */
class ResourcesValidateAgainstR4Test {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static FhirValidator validator;

    @BeforeAll
    static void validator() {
        ValidationSupportChain support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(FHIR),
                new InMemoryTerminologyServerValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(support);
        // The UK Core package is published on the FHIR package registry, not Maven Central, so its
        // profiles cannot be loaded here: the claim in meta.profile is reported as a warning and the
        // resource is checked against the base R4 definitions, which is what this test promises.
        instanceValidator.setErrorForUnknownProfiles(false);
        validator = FHIR.newValidator().registerValidatorModule(instanceValidator);
    }

    static Stream<Resource> everyResourceWeSend() {
        var start = Snapshots.appointment(AppointmentStatus.BOOKED).start();
        return Stream.of(
                        Stream.of(AppointmentStatus.values())
                                .map(s -> (Resource) AppointmentMapper.toFhir(Snapshots.appointment(s))),
                        Stream.of(SlotStatus.values()).map(s -> (Resource) SlotMapper.toFhir(Snapshots.slot(s, start))),
                        Stream.<Resource>of(TaskMapper.toFhir(Snapshots.rejection())))
                .flatMap(resources -> resources);
    }

    @ParameterizedTest
    @MethodSource("everyResourceWeSend")
    void validatesWithoutErrors(Resource resource) {
        ValidationResult result = validator.validateWithResult(resource);

        List<String> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::toString)
                .toList();
        assertThat(errors)
                .as(FHIR.newJsonParser().encodeResourceToString(resource))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everyResourceWeSend")
    void theValidatorCatchesABrokenCopy(Resource resource) {
        // Proves the check above can fail: the same resource without its required status is refused.
        Resource broken = resource.copy();
        broken.setProperty("status", null);
        assertThat(validator.validateWithResult(broken).isSuccessful()).isFalse();
    }
}

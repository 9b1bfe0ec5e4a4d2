package org.imagingnetwork.core.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.core.choice.ChoiceRequest;
import org.imagingnetwork.core.choice.ChoiceRequests;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.jdbi.v3.core.Jdbi;

/** A referral with what choosing a place and time for it needs: the exam's needs and the patient's. */
public final class JdbiChoiceRequests implements ChoiceRequests {

    private final Jdbi jdbi;

    public JdbiChoiceRequests(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<ChoiceRequest> find(RequestId request) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select r.id, r.patient_id, r.state, r.exam_code, e.name as exam_name, e.name_welsh as exam_name_welsh, e.modality,
                               e.required_capabilities, p.date_of_birth, p.postcode, r.needs_sedation,
                               r.needs_general_anaesthetic, r.weight_kg, r.acceptable_sites, r.max_travel_km,
                               coalesce(d_adult.minutes, 15) as adult_minutes,
                               coalesce(d_child.minutes, d_adult.minutes, 15) as child_minutes,
                               coalesce(d_infant.minutes, d_child.minutes, d_adult.minutes, 15) as infant_minutes
                        from request r
                        join exam e on e.code = r.exam_code
                        join patient p on p.id = r.patient_id
                        left join exam_duration d_adult on d_adult.exam_code = e.code and d_adult.age_band = 'ADULT'
                        left join exam_duration d_child on d_child.exam_code = e.code and d_child.age_band = 'CHILD'
                        left join exam_duration d_infant on d_infant.exam_code = e.code and d_infant.age_band = 'INFANT'
                        where r.id = :id
                        """)
                .bind("id", request.value())
                .map((rs, ctx) -> choiceRequest(rs))
                .findOne());
    }

    private static ChoiceRequest choiceRequest(ResultSet rs) throws SQLException {
        int weight = rs.getInt("weight_kg");
        boolean noWeight = rs.wasNull();
        int travel = rs.getInt("max_travel_km");
        boolean noTravel = rs.wasNull();
        return new ChoiceRequest(
                new RequestId(rs.getLong("id")),
                new PatientId(rs.getLong("patient_id")),
                RequestState.valueOf(rs.getString("state")),
                rs.getString("exam_code"),
                rs.getString("exam_name"),
                Optional.ofNullable(rs.getString("exam_name_welsh")),
                Modality.valueOf(rs.getString("modality")),
                strings(rs.getArray("required_capabilities")).stream()
                        .map(Capability::valueOf)
                        .collect(Collectors.toSet()),
                Duration.ofMinutes(rs.getInt("adult_minutes")),
                Duration.ofMinutes(rs.getInt("child_minutes")),
                Duration.ofMinutes(rs.getInt("infant_minutes")),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("postcode"),
                rs.getBoolean("needs_sedation"),
                rs.getBoolean("needs_general_anaesthetic"),
                noWeight ? OptionalInt.empty() : OptionalInt.of(weight),
                strings(rs.getArray("acceptable_sites")),
                noTravel ? OptionalInt.empty() : OptionalInt.of(travel));
    }

    private static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}

package org.imagingnetwork.core.jdbc;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.exam.AgeBand;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCatalogue;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Skill;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** The exam catalogue from the {@code exam} and {@code exam_duration} tables, one query per call. */
@Singleton
public final class JdbiExamCatalogue implements ExamCatalogue {

    private static final String EXAMS = """
            select e.*,
                   array(select d.age_band || ' ' || d.minutes from exam_duration d where d.exam_code = e.code) as durations
            from exam e
            """;

    private final Jdbi jdbi;

    @Inject
    public JdbiExamCatalogue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Exam> find(ExamCode code) {
        return jdbi.withHandle(h -> h.createQuery(EXAMS + "where e.code = :code")
                .bind("code", code.value())
                .map(JdbiExamCatalogue::exam)
                .findOne());
    }

    @Override
    public List<Exam> all() {
        return jdbi.withHandle(h -> h.createQuery(EXAMS + "order by e.code")
                .map(JdbiExamCatalogue::exam)
                .list());
    }

    private static Exam exam(ResultSet rs, StatementContext ctx) throws SQLException {
        Map<AgeBand, Duration> durations = new EnumMap<>(AgeBand.class);
        for (String row : Rows.strings(rs, "durations")) {
            String[] parts = row.split(" ");
            durations.put(AgeBand.valueOf(parts[0]), Duration.ofMinutes(Integer.parseInt(parts[1])));
        }
        return new Exam(
                new ExamCode(rs.getString("code")),
                rs.getString("name"),
                Modality.valueOf(rs.getString("modality")),
                durations,
                Rows.enumSet(rs, "required_capabilities", Capability.class),
                Rows.enumSet(rs, "required_skills", Skill.class),
                rs.getBoolean("contrast"),
                rs.getString("preparation"),
                rs.getString("preparation_welsh"),
                Optional.ofNullable(rs.getString("name_welsh")));
    }
}

package org.imagingnetwork.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoDatabaseTest {

    @Test
    void pointsTheServersUrlAtTheDemoDatabaseKeepingItsParameters() {
        assertThat(DemoDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres", "imaging_demo"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/imaging_demo?user=postgres");
        assertThat(DemoDatabase.withDatabase("jdbc:postgresql://db.example:5432/app", "imaging_demo"))
                .isEqualTo("jdbc:postgresql://db.example:5432/imaging_demo");
        assertThat(DemoDatabase.withDatabase("jdbc:postgresql://localhost:5433?user=me", "imaging_demo"))
                .isEqualTo("jdbc:postgresql://localhost:5433/imaging_demo?user=me");
    }

    @Test
    void refusesANameThatIsNotAPlainIdentifier() {
        assertThatThrownBy(() -> DemoDatabase.recreate("jdbc:postgresql://127.0.0.1:1/postgres", "demo; drop"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

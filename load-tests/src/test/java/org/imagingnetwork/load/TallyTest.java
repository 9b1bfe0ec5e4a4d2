package org.imagingnetwork.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void reportsEachOutcomeWithItsCount() {
        Tally tally = new Tally("Channel bookings");
        assertThat(tally.report()).isEqualTo("Channel bookings: nothing counted");
        tally.count("booked");
        tally.count("slot just taken");
        tally.count("booked");
        assertThat(tally.report()).isEqualTo("Channel bookings: booked 2, slot just taken 1");
    }
}

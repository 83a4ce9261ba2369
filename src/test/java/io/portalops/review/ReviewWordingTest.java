package io.portalops.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewWordingTest {

    @Test
    void one_is_singular_and_zero_and_many_are_plural() {
        assertThat(ReviewWording.count(1, "revoke task", "revoke tasks")).isEqualTo("1 revoke task");
        assertThat(ReviewWording.count(2, "revoke task", "revoke tasks")).isEqualTo("2 revoke tasks");
        assertThat(ReviewWording.count(0, "revoke task", "revoke tasks")).isEqualTo("0 revoke tasks");
        assertThat(ReviewWording.count(1, "access", "accesses")).isEqualTo("1 access");
    }
}

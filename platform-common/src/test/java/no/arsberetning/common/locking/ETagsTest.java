package no.arsberetning.common.locking;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void theCurrentVersionMatches() {
        assertThatCode(() -> ETags.requireMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
    }

    @Test
    void aStaleVersionFailsWithTheCurrentETag() {
        assertThatThrownBy(() -> ETags.requireMatch("\"2\"", 3))
                .isInstanceOfSatisfying(PreconditionFailedException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.currentETag()).isEqualTo("\"3\""));
    }

    @Test
    void aMissingHeaderIsRequired() {
        assertThatThrownBy(() -> ETags.requireMatch(null, 3)).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> ETags.requireMatch(" ", 3)).isInstanceOf(PreconditionRequiredException.class);
    }
}

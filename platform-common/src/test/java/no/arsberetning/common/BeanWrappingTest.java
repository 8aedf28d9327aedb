package no.arsberetning.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;

class BeanWrappingTest {

    interface Greeter {
        String greet();
    }

    record Plain(String greeting) implements Greeter {
        @Override
        public String greet() {
            return greeting;
        }
    }

    record Loud(Greeter inner) implements Greeter {
        @Override
        public String greet() {
            return inner.greet().toUpperCase(java.util.Locale.ROOT);
        }
    }

    private final BeanPostProcessor loud = BeanWrapping.replaceEvery(Greeter.class, Loud.class, Loud::new);

    @Test
    void aBeanOfTheTypeIsReplacedOnce() {
        Object replaced = loud.postProcessAfterInitialization(new Plain("hei"), "greeter");
        assertThat(replaced).isInstanceOf(Loud.class);
        assertThat(((Greeter) replaced).greet()).isEqualTo("HEI");
        assertThat(loud.postProcessAfterInitialization(replaced, "greeter")).isSameAs(replaced);
    }

    @Test
    void otherBeansAreLeftAlone() {
        Object other = "not a greeter";
        assertThat(loud.postProcessAfterInitialization(other, "text")).isSameAs(other);
    }
}

package no.arsberetning.gateway.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/** A service's answer is asked for once per version of the service while composing, and always outside. */
class ServiceAnswersTests {

    private final ServiceAnswers answers = new ServiceAnswers();
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void anAnswerIsUsedAgainWhileTheServiceVersionIsTheSame() {
        assertThat(ask("finance", 2023, versions(2023, "finance", "\"v1\""))).isEqualTo("answer 1");
        assertThat(ask("finance", 2023, versions(2023, "finance", "\"v1\""))).isEqualTo("answer 1");
        assertThat(calls).hasValue(1);
    }

    @Test
    void aNewVersionOfTheServiceIsAskedFor() {
        ask("finance", 2023, versions(2023, "finance", "\"v1\""));
        assertThat(ask("finance", 2023, versions(2023, "finance", "\"v2\""))).isEqualTo("answer 2");
        assertThat(ask("finance", 2023, versions(2023, "finance", "\"v2\""))).isEqualTo("answer 2");
        assertThat(calls).hasValue(2);
    }

    @Test
    void outsideAVersionedCompositionTheServiceIsAlwaysAsked() {
        ask("finance", 2023, Context.empty());
        ask("finance", 2023, Context.empty());
        assertThat(calls).hasValue(2);
    }

    @Test
    void anotherYearOrAServiceWithoutAKnownVersionIsAsked() {
        ask("finance", 2024, versions(2023, "finance", "\"v1\""));
        ask("hr", 2023, versions(2023, "finance", "\"v1\""));
        ask("hr", 2023, versions(2023, "finance", "\"v1\""));
        assertThat(calls).hasValue(3);
    }

    @Test
    void aFailedCallIsNotKept() {
        Context context = versions(2023, "finance", "\"v1\"");
        assertThatThrownBy(() -> answers.of("finance", "report", 2023, () -> Mono.<String>error(new IllegalStateException("nede")))
                .contextWrite(context).block()).hasMessageContaining("nede");
        assertThat(ask("finance", 2023, context)).isEqualTo("answer 1");
    }

    private String ask(String service, int year, Context context) {
        return answers.of(service, "report", year, () -> Mono.fromCallable(() -> "answer " + calls.incrementAndGet()))
                .contextWrite(context).block();
    }

    private static Context versions(int year, String service, String etag) {
        return Context.of(ServiceAnswers.Versions.class, new ServiceAnswers.Versions(year, Map.of(service, etag)));
    }
}

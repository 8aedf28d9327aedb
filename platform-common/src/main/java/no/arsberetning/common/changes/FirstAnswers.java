package no.arsberetning.common.changes;

import java.util.List;

import no.arsberetning.common.StartupOrder;
import no.arsberetning.common.years.ReportingYear;
import no.arsberetning.common.years.ReportingYears;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Readiness means the first answers are ready: before the service reports ready, it builds every year's
 * {@link FirstAnswer}s (report, checks, dashboard part) and keeps them in {@link VersionedReads} as if they had
 * been asked for, so the gateway's first composition after a start gets them at once instead of waiting for a
 * cold build beyond its time limit. A failure is logged, never fatal: the answer is then built on the first request.
 */
class FirstAnswers implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(FirstAnswers.class);

    private final List<FirstAnswer> answers;
    private final ReportingYears years;
    private final VersionedReads reads;
    private final JsonMapper json;
    private final String prefix;

    FirstAnswers(List<FirstAnswer> answers, ReportingYears years, VersionedReads reads, JsonMapper json, String prefix) {
        this.answers = List.copyOf(answers);
        this.years = years;
        this.reads = reads;
        this.json = json;
        this.prefix = prefix;
    }

    @Override
    public int getOrder() {
        return StartupOrder.WARM_UP;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (ReportingYear year : years.all()) {
            long started = System.nanoTime();
            int built = 0;
            for (FirstAnswer answer : answers) {
                String path = prefix + "/" + year.year() + answer.path();
                try {
                    reads.prime(path, year.year(), () -> json.writeValueAsBytes(answer.build().apply(year.year())));
                    built++;
                } catch (RuntimeException e) {
                    log.warn("{} kunne ikke bygges ved oppstart, den bygges ved første forespørsel: {}", path, e.toString());
                }
            }
            log.info("{} av {} svar for {} bygget før tjenesten meldte seg klar, på {} ms", built, answers.size(), year.year(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}

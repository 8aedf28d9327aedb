package no.arsberetning.common.report;

import no.arsberetning.common.StartupOrder;
import no.arsberetning.common.years.ReportingYear;
import no.arsberetning.common.years.ReportingYears;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Builds every year's report and checks once before the service reports ready: the first build of a
 * report loads and initialises most of the service's code, and the gateway gives each service under a
 * second. A failure here is logged, never fatal — the report is then built on the first request.
 */
class ReportWarmUp implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);

    private final ChapterReport report;
    private final ConsistencyRules rules;
    private final ObjectProvider<ReportingYears> years;

    ReportWarmUp(ChapterReport report, ConsistencyRules rules, ObjectProvider<ReportingYears> years) {
        this.report = report;
        this.rules = rules;
        this.years = years;
    }

    @Override
    public int getOrder() {
        return StartupOrder.WARM_UP;
    }

    @Override
    public void run(ApplicationArguments args) {
        ReportingYears known = years.getIfAvailable();
        if (known == null) {
            return;
        }
        for (ReportingYear year : known.all()) {
            long started = System.nanoTime();
            try {
                report.report(year.year());
                report.published(year.year());
                int findings = rules.check(year.year()).size();
                log.info("Rapporten for {} er bygget på {} ms ({} funn)", year.year(),
                        (System.nanoTime() - started) / 1_000_000, findings);
            } catch (RuntimeException e) {
                log.warn("Rapporten for {} kunne ikke bygges ved oppstart: {}", year.year(), e.toString());
            }
        }
    }
}

package no.arsberetning.common.years;

import no.arsberetning.common.StartupOrder;
import no.arsberetning.common.PlatformProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/** Registers the demo dataset's reporting years on start when demo loading is on. */
class DemoYearsLoader implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoYearsLoader.class);

    private final ReportingYears years;
    private final PlatformProperties.Demo demo;

    DemoYearsLoader(ReportingYears years, PlatformProperties.Demo demo) {
        this.years = years;
        this.demo = demo;
    }

    @Override
    public int getOrder() {
        return StartupOrder.YEARS;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (int year : demo.years()) {
            years.register(year, "demo-loader", demo.source());
            log.info("Demo: rapporteringsår {} er registrert", year);
        }
    }
}

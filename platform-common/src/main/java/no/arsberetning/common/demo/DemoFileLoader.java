package no.arsberetning.common.demo;

import no.arsberetning.common.StartupOrder;
import no.arsberetning.common.demo.DemoFiles.DemoFile;

import org.springframework.core.Ordered;

/**
 * Loads what a service owns from one demo file; idempotent (a year that has it already is skipped).
 * {@link DemoLoading} reads each file once and hands it to every loader, tables first.
 */
public interface DemoFileLoader extends Ordered {

    void load(DemoFile file);

    @Override
    default int getOrder() {
        return StartupOrder.DOMAIN;
    }
}

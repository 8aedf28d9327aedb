package no.arsberetning.common.demo;

import java.util.List;

import no.arsberetning.common.StartupOrder;
import no.arsberetning.common.demo.DemoFiles.DemoFile;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Loads the demo dataset on start, before the service reports ready: every configured file is read once
 * and given to every {@link DemoFileLoader} in their order (the shared tables before a service's own).
 */
public class DemoLoading implements ApplicationRunner, Ordered {

    private final DemoFiles files;
    private final List<DemoFileLoader> loaders;

    /** @param loaders in order (Spring sorts an injected list by {@link Ordered}) */
    public DemoLoading(DemoFiles files, List<DemoFileLoader> loaders) {
        this.files = files;
        this.loaders = loaders;
    }

    @Override
    public int getOrder() {
        return StartupOrder.TABLES;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoFile file : files.read()) {
            loaders.forEach(loader -> loader.load(file));
        }
    }
}

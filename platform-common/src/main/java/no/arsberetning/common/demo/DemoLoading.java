package no.arsberetning.common.demo;

import java.time.Duration;
import java.util.List;

import no.arsberetning.common.StartupOrder;
import no.arsberetning.common.demo.DemoFiles.DemoFile;
import no.arsberetning.common.locking.Leases;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Loads the demo dataset on start, before the service reports ready: every configured file is read once
 * and given to every {@link DemoFileLoader} in their order (the shared tables before a service's own).
 * One replica loads a file (by its path and content hash) while the others wait for it to finish, so
 * two pods starting together never load twice; a replica that dies half way lets its lease run out and
 * the next one completes the file (every loader is idempotent).
 */
public class DemoLoading implements ApplicationRunner, Ordered {

    static final Duration LEASE = Duration.ofMinutes(2);

    private final DemoFiles files;
    private final List<DemoFileLoader> loaders;
    private final Leases leases;

    /** @param loaders in order (Spring sorts an injected list by {@link Ordered}) */
    public DemoLoading(DemoFiles files, List<DemoFileLoader> loaders, Leases leases) {
        this.files = files;
        this.loaders = loaders;
        this.leases = leases;
    }

    @Override
    public int getOrder() {
        return StartupOrder.TABLES;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        for (DemoFile file : files.read()) {
            load(file);
        }
    }

    void load(DemoFile file) throws InterruptedException {
        String work = "demo:" + file.path() + ":" + file.sha256();
        while (!leases.isDone(work)) {
            if (!leases.await(work, LEASE, () -> !leases.isDone(work))) {
                continue;
            }
            try {
                loaders.forEach(loader -> loader.load(file));
            } catch (RuntimeException failed) {
                leases.release(work);
                throw failed;
            }
            leases.done(work);
        }
    }
}

package no.arsberetning.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The gateway: routing, single sign-on, and (later) composition of the report and dashboards. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    /** Reactor Netty's own setting for its I/O threads; by default at least 4, however few the cores. */
    static final String IO_THREADS = "reactor.netty.ioWorkerCount";

    public static void main(String[] args) {
        defaultIoThreads(Runtime.getRuntime().availableProcessors());
        SpringApplication.run(GatewayApplication.class, args);
    }

    /**
     * One I/O thread per core (at least 2) unless set: more threads than cores only take turns on them, which
     * cost the gateway CPU per request on small machines (bench/README.md).
     */
    static void defaultIoThreads(int cores) {
        if (System.getProperty(IO_THREADS) == null) {
            System.setProperty(IO_THREADS, String.valueOf(Math.max(2, cores)));
        }
    }
}

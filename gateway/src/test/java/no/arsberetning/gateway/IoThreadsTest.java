package no.arsberetning.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IoThreadsTest {

    private String before;

    @BeforeEach
    void unset() {
        before = System.clearProperty(GatewayApplication.IO_THREADS);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(GatewayApplication.IO_THREADS);
        } else {
            System.setProperty(GatewayApplication.IO_THREADS, before);
        }
    }

    @Test
    void oneIoThreadPerCoreAndAtLeastTwo() {
        GatewayApplication.defaultIoThreads(8);
        assertThat(System.getProperty(GatewayApplication.IO_THREADS)).isEqualTo("8");

        System.clearProperty(GatewayApplication.IO_THREADS);
        GatewayApplication.defaultIoThreads(1);
        assertThat(System.getProperty(GatewayApplication.IO_THREADS)).isEqualTo("2");
    }

    @Test
    void aCountSetByTheOperatorIsKept() {
        System.setProperty(GatewayApplication.IO_THREADS, "6");
        GatewayApplication.defaultIoThreads(2);
        assertThat(System.getProperty(GatewayApplication.IO_THREADS)).isEqualTo("6");
    }
}

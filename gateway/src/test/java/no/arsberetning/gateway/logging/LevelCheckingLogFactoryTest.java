package no.arsberetning.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LevelCheckingLogFactoryTest {

    private static final String NAME = "no.arsberetning.gateway.logging.test";

    private final Logger logger = (Logger) LoggerFactory.getLogger(NAME);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final AtomicInteger rendered = new AtomicInteger();
    private final Object lazyMessage = new Object() {
        @Override
        public String toString() {
            rendered.incrementAndGet();
            return "lazy message";
        }
    };

    @BeforeEach
    void capture() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void release() {
        logger.detachAppender(logged);
        logger.setLevel(null);
    }

    @Test
    void commonsLoggingUsesThisFactoryInTheGateway() {
        assertThat(LogFactory.getFactory()).isInstanceOf(LevelCheckingLogFactory.class);
        assertThat(LogFactory.getLog(NAME)).isInstanceOf(LevelCheckingLog.class);
    }

    @Test
    void aMessageBelowTheLevelIsNeverRendered() {
        logger.setLevel(Level.INFO);
        Log log = new LevelCheckingLogFactory().getInstance(NAME);

        log.debug(lazyMessage);
        log.trace(lazyMessage, new IllegalStateException());

        assertThat(rendered).hasValue(0);
        assertThat(logged.list).isEmpty();
    }

    @Test
    void aMessageAtTheLevelIsLoggedAsBefore() {
        logger.setLevel(Level.DEBUG);
        Log log = new LevelCheckingLogFactory().getInstance(NAME);

        log.debug(lazyMessage);
        log.warn("careful", new IllegalStateException("why"));

        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("lazy message", "careful");
        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.DEBUG, Level.WARN);
        assertThat(logged.list.get(1).getThrowableProxy().getMessage()).isEqualTo("why");
        assertThat(log.isDebugEnabled()).isTrue();
        assertThat(log.isTraceEnabled()).isFalse();
    }

    @Test
    void oneLogPerName() {
        LevelCheckingLogFactory factory = new LevelCheckingLogFactory();
        assertThat(factory.getInstance(NAME)).isSameAs(factory.getInstance(NAME));
        assertThat(factory.getInstance(LevelCheckingLogFactoryTest.class))
                .isSameAs(factory.getInstance(LevelCheckingLogFactoryTest.class.getName()));
    }
}

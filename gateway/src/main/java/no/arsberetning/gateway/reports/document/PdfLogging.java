package no.arsberetning.gateway.reports.document;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log (its own java.util.logging console output by default) to the application's
 * logging, under its own logger names ({@code com.openhtmltopdf.*}). Its INFO is chatty progress and goes to
 * DEBUG; warnings about our own stylesheet ({@code css-parse}: properties the PDF renderer lacks, used for
 * the screen) go to DEBUG too; everything else keeps its weight.
 */
final class PdfLogging implements XRLogger {

    private static volatile boolean installed;

    private PdfLogging() {
    }

    static void install() {
        if (!installed) {
            synchronized (PdfLogging.class) {
                if (!installed) {
                    XRLog.setLoggerImpl(new PdfLogging());
                    installed = true;
                }
            }
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        switch (weight(where, level)) {
            case 3:
                logger.error(message, error);
                break;
            case 2:
                logger.warn(message, error);
                break;
            case 1:
                logger.debug(message, error);
                break;
            default:
                logger.trace(message, error);
                break;
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the application's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        String where = diagnostic.getLogMessageId().getWhere();
        Logger logger = LoggerFactory.getLogger(where);
        switch (weight(where, diagnostic.getLevel())) {
            case 3:
                return logger.isErrorEnabled();
            case 2:
                return logger.isWarnEnabled();
            case 1:
                return logger.isDebugEnabled();
            default:
                return logger.isTraceEnabled();
        }
    }

    /** 3 error, 2 warn, 1 debug, 0 trace. */
    static int weight(String where, Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return 3;
        }
        if (value >= Level.WARNING.intValue()) {
            return XRLog.CSS_PARSE.equals(where) ? 1 : 2;
        }
        return value >= Level.INFO.intValue() ? 1 : 0;
    }
}

package no.arsberetning.common.problem;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The service's database is down or does not answer in time (the driver gives up after the short
 * timeouts of {@link MongoTimeoutsAutoConfiguration}): 503 with Retry-After, never a 500. Nothing was
 * written, so the client may simply try again.
 */
@RestControllerAdvice
public class DatabaseUnavailableHandler {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

    @ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
            MongoSocketException.class, MongoTimeoutException.class })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) {
        log.warn("Databasen svarer ikke: {}", ex.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Problems.unavailable("Databasen er midlertidig utilgjengelig. Ingenting ble lagret; prøv igjen om litt."));
    }
}

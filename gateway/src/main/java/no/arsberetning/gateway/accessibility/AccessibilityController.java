package no.arsberetning.gateway.accessibility;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /tilgjengelighet}: the accessibility statement, open to everyone (as the public statement must
 * be); {@code GET /tilgjengelighet/axe-results.json}: the results it is generated from.
 */
@RestController
class AccessibilityController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final AccessibilityStatement statement;

    AccessibilityController(AccessibilityStatement statement) {
        this.statement = statement;
    }

    @GetMapping("/tilgjengelighet")
    ResponseEntity<String> statement() {
        return ResponseEntity.ok().contentType(HTML)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'")
                .body(statement.html());
    }

    @GetMapping("/tilgjengelighet/axe-results.json")
    AxeResults results() {
        return statement.results();
    }
}

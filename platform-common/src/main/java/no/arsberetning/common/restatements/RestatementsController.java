package no.arsberetning.common.restatements;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code <prefix>/{year}/restatements}: the values of a year that differ from what the earlier year published
 * (readers), and a controller's acceptance of one with a reason ({@code POST …/acceptances}).
 */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}/restatements")
class RestatementsController {

    private final Restatements restatements;

    RestatementsController(Restatements restatements) {
        this.restatements = restatements;
    }

    @GetMapping
    List<Restatement> list(@PathVariable int year) {
        return restatements.of(year);
    }

    @PostMapping("/acceptances")
    @PreAuthorize("hasRole('controller')")
    Restatement accept(@PathVariable int year, @Valid @RequestBody AcceptRequest request, Authentication who) {
        return restatements.accept(year, blankToNull(request.table()), request.row(), blankToNull(request.column()),
                request.reason().trim(), who.getName());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The place ({@code table} and {@code column} left out for a figure of the text) and the reason. */
    record AcceptRequest(@Size(max = 200) String table,
            @NotBlank(message = "Oppgi raden (eller tallets id).") @Size(max = 200) String row,
            @Size(max = 200) String column,
            @NotBlank(message = "Skriv hvorfor tallet avviker fra det som ble publisert.") @Size(max = 4000,
                    message = "Begrunnelsen kan være på høyst 4000 tegn.") String reason) {
    }
}

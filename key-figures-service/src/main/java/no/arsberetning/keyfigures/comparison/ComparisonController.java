package no.arsberetning.keyfigures.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import no.arsberetning.common.problem.Problems.FieldProblem;
import no.arsberetning.keyfigures.BadInput;
import no.arsberetning.keyfigures.KeyFiguresProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /compare?measure=&year=&region=&peers=} — one measure in one year, the region against its peers
 * ({@code all} municipalities, a peer group's id, or a comma list of region codes), ranked, with statistics;
 * {@code GET /series?measure=&region=[&peers=]} — the region's values over every year stored. {@code region}
 * defaults to the municipality using the platform.
 */
@RestController
@RequestMapping("${arsberetning.key-figures.api-prefix}")
class ComparisonController {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern CODE = Pattern.compile("[\\p{Alnum}]{1,12}");
    private static final Pattern MEASURE = Pattern.compile("[\\p{Alnum}_;\\-]{1,200}");

    private final Comparisons comparisons;
    private final String home;

    ComparisonController(Comparisons comparisons, KeyFiguresProperties properties) {
        this.comparisons = comparisons;
        this.home = properties.homeRegion();
    }

    @GetMapping("/compare")
    Comparisons.Comparison compare(@RequestParam(required = false) String measure, @RequestParam(required = false) String year,
            @RequestParam(required = false) String region, @RequestParam(required = false) String peers) {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "measure", measure, MEASURE, "Oppgi nøkkeltallets kode (ContentsCode), for eksempel KOSandel1200000.");
        check(problems, "year", year, YEAR, "Oppgi året med fire sifre, for eksempel 2023.");
        String regionCode = region == null || region.isBlank() ? home : region.trim();
        check(problems, "region", regionCode, CODE, "Oppgi regionkoden, for eksempel 5001.");
        if (!problems.isEmpty()) {
            throw BadInput.fields(problems);
        }
        return comparisons.compare(measure, year, regionCode, peers);
    }

    @GetMapping("/series")
    Comparisons.Series series(@RequestParam(required = false) String measure, @RequestParam(required = false) String region,
            @RequestParam(required = false) String peers) {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "measure", measure, MEASURE, "Oppgi nøkkeltallets kode (ContentsCode), for eksempel KOSandel1200000.");
        String regionCode = region == null || region.isBlank() ? home : region.trim();
        check(problems, "region", regionCode, CODE, "Oppgi regionkoden, for eksempel 5001.");
        if (!problems.isEmpty()) {
            throw BadInput.fields(problems);
        }
        return comparisons.series(measure, regionCode, peers);
    }

    private static void check(List<FieldProblem> problems, String field, String value, Pattern pattern, String message) {
        if (value == null || !pattern.matcher(value).matches()) {
            problems.add(new FieldProblem(field, message));
        }
    }
}

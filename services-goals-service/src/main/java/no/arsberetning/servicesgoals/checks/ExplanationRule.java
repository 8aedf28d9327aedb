package no.arsberetning.servicesgoals.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.CheckRule;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.servicesgoals.accounts.Accounts;
import no.arsberetning.servicesgoals.accounts.AccountsTable;

import org.jsoup.Jsoup;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An explanation's own statement of the deviation («har et merforbruk på 8,4 millioner kroner», «et
 * resultat som var 13,8 millioner kroner bedre enn budsjettet») against the printed deviation read with the
 * table's sign convention: the direction must agree, and the amount within the text's own rounding
 * («merforbruk på 130 millioner» for −130,8).
 */
@Component
@Order(2)
class ExplanationRule implements CheckRule {

    static final String RULE = "explanation-matches-deviation";

    private static final String AMOUNT = "(\\d{1,3}(?:[ \\u00a0]\\d{3})*(?:,\\d+)?)";
    private static final Pattern STATED = Pattern.compile("(mindreforbruk|merforbruk) på (?:om lag |omtrent |ca\\.? )?"
            + AMOUNT + " millioner");
    private static final Pattern COMPARED = Pattern.compile(AMOUNT + " millioner kroner (bedre|dårligere) enn budsjett");

    private final Accounts accounts;
    private final TextStore texts;

    ExplanationRule(Accounts accounts, TextStore texts) {
        this.accounts = accounts;
        this.texts = texts;
    }

    @Override
    public List<Finding> check(ChapterData data) {
        int year = data.year();
        Map<String, ReportText> byKey = texts.all(year).stream().collect(Collectors.toMap(ReportText::key, Function.identity()));
        List<Finding> findings = new ArrayList<>();
        for (AccountsTable table : accounts.tables(year)) {
            ReportText text = byKey.get(Accounts.explanationKey(table.area()));
            BigDecimal printed = table.row().cells().get(table.deviation()).value();
            if (text == null || printed == null) {
                continue;
            }
            statement(Jsoup.parse(text.html()).text()).ifPresent(s -> compare(table, printed, s, findings));
        }
        return findings;
    }

    private static void compare(AccountsTable table, BigDecimal printed, Statement stated, List<Finding> findings) {
        String number = table.table().number();
        String deviationText = table.row().cells().get(table.deviation()).text();
        boolean printedUnder = printed.signum() != 0 && (printed.signum() > 0) == table.convention().positiveIsUnderspending();
        BigDecimal expected = stated.amount().multiply(BigDecimal.valueOf(stated.underspending() ? 1 : -1))
                .multiply(BigDecimal.valueOf(table.convention().sign()));
        String expectedText = PrintedNumbers.format(expected) + " (forklaringen: «" + stated.words() + "»)";
        if (printed.signum() != 0 && printedUnder != stated.underspending()) {
            findings.add(new Finding(RULE, Severity.WARNING, List.of(number), List.of(table.area()),
                    "Forklaringen til tabell " + number + " sier " + (stated.underspending() ? "mindreforbruk" : "merforbruk")
                            + ", men avviket " + deviationText + " betyr " + (printedUnder ? "mindreforbruk" : "merforbruk")
                            + " etter fortegnsregelen («" + table.convention().text() + "»).",
                    expectedText, deviationText));
            return;
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(stated.amount().scale(), 0));
        if (stated.amount().subtract(printed.abs()).abs().compareTo(unit) >= 0) {
            findings.add(new Finding(RULE, Severity.WARNING, List.of(number), List.of(table.area()),
                    "Forklaringen til tabell " + number + " oppgir et annet beløp enn avviket i tabellen.",
                    expectedText, deviationText));
        }
    }

    static Optional<Statement> statement(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher stated = STATED.matcher(lower);
        if (stated.find()) {
            return Optional.of(new Statement(stated.group(1).equals("mindreforbruk"), amount(stated.group(2)), stated.group()));
        }
        Matcher compared = COMPARED.matcher(lower);
        if (compared.find()) {
            boolean better = compared.group(2).equals("bedre");
            return Optional.of(new Statement(better, amount(compared.group(1)), compared.group()));
        }
        return Optional.empty();
    }

    private static BigDecimal amount(String text) {
        return PrintedNumbers.parse(text).value();
    }

    /** What an explanation states: underspending or overspending, by how much (MNOK), in which words. */
    record Statement(boolean underspending, BigDecimal amount, String words) {
    }
}

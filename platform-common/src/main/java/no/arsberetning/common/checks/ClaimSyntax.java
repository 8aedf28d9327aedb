package no.arsberetning.common.checks;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.numbers.PrintedNumbers;

/**
 * The claim language in writing, for claims kept as data beside the figures they are about
 * (docs/demo-data-format.md): {@code [1.1|netto-driftsresultat|regnskap-2]} is a cell by table key, row key and
 * column key, {@code #[2.4|sluttsum|kvinne-antall]} a cell that counts exactly, {@code {kraftfond-avkastning-2023}}
 * a figure of the text, {@code 100} or {@code 0,5} a number; {@code +} and {@code -} add and subtract,
 * {@code (…)} groups, and {@code a % b} is a as a percentage of b ({@code 100 × a / b}). A change between two
 * values is written {@code <from> -> <to>} ({@link #change}).
 */
public final class ClaimSyntax {

    private final String text;
    private int at;

    private ClaimSyntax(String text) {
        this.text = text;
    }

    /** Reads an expression; a clear {@link IllegalArgumentException} naming where it went wrong otherwise. */
    public static Expr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Et uttrykk mangler.");
        }
        ClaimSyntax reader = new ClaimSyntax(text);
        Expr expr = reader.share();
        reader.skipSpace();
        if (reader.at < text.length()) {
            throw reader.error("uventet «" + text.charAt(reader.at) + "»");
        }
        return expr;
    }

    /** A change from one value to another, as a statement of it names them: {@code <from> -> <to>}. */
    public record Change(Expr from, Expr to) {
    }

    /** Reads {@code <from> -> <to>}; a clear {@link IllegalArgumentException} otherwise. */
    public static Change change(String text) {
        int arrow = text == null ? -1 : text.indexOf("->");
        if (arrow < 0) {
            throw new IllegalArgumentException("En endring skrives «fra -> til»: «" + text + "» mangler «->».");
        }
        return new Change(parse(text.substring(0, arrow)), parse(text.substring(arrow + 2)));
    }

    /** Writes an expression in the same language. */
    public static String format(Expr expr) {
        if (expr instanceof Expr.Share share) {
            return operand(share.part()) + " % " + operand(share.whole());
        }
        if (expr instanceof Expr.Sum sum) {
            List<String> parts = new ArrayList<>();
            for (Expr.Term term : sum.terms()) {
                String one = term.ref() != null ? ref(term.ref()) : "(" + format(term.expr()) + ")";
                boolean negative = term.factor().signum() < 0;
                parts.add(parts.isEmpty() ? (negative ? "-" : "") + one : (negative ? "- " : "+ ") + one);
            }
            return String.join(" ", parts);
        }
        throw new IllegalArgumentException("Kan ikke skrives som påstand: " + expr);
    }

    private static String operand(Expr e) {
        return e instanceof Expr.Sum s && s.terms().size() == 1 && s.terms().get(0).factor().signum() > 0 ? format(e) : "(" + format(e) + ")";
    }

    private static String ref(Ref ref) {
        if (ref instanceof Ref.Cell c) {
            return (c.exact() ? "#[" : "[") + c.tableKey() + "|" + c.rowKey() + "|" + c.columnKey() + "]";
        }
        if (ref instanceof Ref.Figure f) {
            return "{" + f.id() + "}";
        }
        return PrintedNumbers.format(((Ref.Constant) ref).value()).replace("\u00a0", "");
    }

    private Expr share() {
        Expr part = sum();
        skipSpace();
        if (peek('%')) {
            at++;
            return part.percentOf(sum());
        }
        return part;
    }

    private Expr sum() {
        skipSpace();
        boolean negative = peek('-');
        if (negative) {
            at++;
        }
        Expr total = term();
        if (negative) {
            total = total.negated();
        }
        while (true) {
            skipSpace();
            if (peek('+')) {
                at++;
                total = total.plus(term());
            } else if (peek('-')) {
                at++;
                total = total.minus(term());
            } else {
                return total;
            }
        }
    }

    private Expr term() {
        skipSpace();
        if (at >= text.length()) {
            throw error("et tall, en celle eller et tall fra teksten mangler");
        }
        char c = text.charAt(at);
        if (c == '(') {
            at++;
            Expr inner = share();
            expect(')');
            return inner;
        }
        if (c == '[' || c == '#') {
            boolean exact = c == '#';
            at += exact ? 1 : 0;
            expect('[');
            String[] parts = until(']').split("\\|", -1);
            if (parts.length != 3 || List.of(parts).stream().anyMatch(String::isBlank)) {
                throw error("en celle skrives [tabell|rad|kolonne]");
            }
            return exact ? Expr.count(parts[0].strip(), parts[1].strip(), parts[2].strip())
                    : Expr.cell(parts[0].strip(), parts[1].strip(), parts[2].strip());
        }
        if (c == '{') {
            at++;
            String id = until('}').strip();
            if (id.isEmpty()) {
                throw error("et tall fra teksten skrives {id}");
            }
            return Expr.figure(id);
        }
        int start = at;
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == ',')) {
            at++;
        }
        PrintedNumbers.Parsed number = PrintedNumbers.parse(text.substring(start, at));
        if (start == at || !number.isNumber()) {
            throw error("uventet «" + c + "»");
        }
        return Expr.constant(number.value(), null);
    }

    private String until(char end) {
        int close = text.indexOf(end, at);
        if (close < 0) {
            throw error("«" + end + "» mangler");
        }
        String inside = text.substring(at, close);
        at = close + 1;
        return inside;
    }

    private void expect(char c) {
        skipSpace();
        if (!peek(c)) {
            throw error("«" + c + "» mangler");
        }
        at++;
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("Påstanden «" + text + "» kan ikke leses ved tegn " + (at + 1) + ": " + what + ".");
    }
}

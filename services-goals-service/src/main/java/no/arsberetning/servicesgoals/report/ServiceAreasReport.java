package no.arsberetning.servicesgoals.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ChapterReport;
import no.arsberetning.common.report.ReportDocument;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.tables.ProvenanceEntries;
import no.arsberetning.common.tables.ReportTables;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.servicesgoals.accounts.Accounts;
import no.arsberetning.servicesgoals.accounts.AccountsTable;
import no.arsberetning.servicesgoals.areas.AreaRegister;
import no.arsberetning.servicesgoals.goals.GoalView;
import no.arsberetning.servicesgoals.goals.Goals;
import no.arsberetning.servicesgoals.goals.PeriodGoal;
import no.arsberetning.servicesgoals.printed.PrintedTables;

import org.springframework.stereotype.Component;

/**
 * Chapters 4–19 as report documents, in printed order with their printed titles. Each chapter has up to
 * three sections: «Driftsregnskapet» (the accounts table and the explanation of its deviation),
 * «Måloppnåelse» (each period goal with its indicators, reported and computed status, and its printed
 * assessment) and «Nøkkeltall» (the chapter's other tables). Tables carry their printed numbers, the
 * the sign convention and the reasons of missing values.
 */
@Component
class ServiceAreasReport implements ChapterReport {

    static final String SOURCE = "services-goals-service";

    private final AreaRegister register;
    private final TableStore tables;
    private final TextStore texts;
    private final Goals goals;

    ServiceAreasReport(AreaRegister register, TableStore tables, TextStore texts, Goals goals) {
        this.register = register;
        this.tables = tables;
        this.texts = texts;
        this.goals = goals;
    }

    @Override
    public ReportDocument report(int year) {
        Map<String, List<ReportedTable>> tablesByChapter = new LinkedHashMap<>();
        tables.all(year).forEach(t -> tablesByChapter.computeIfAbsent(t.chapter(), c -> new ArrayList<>()).add(t));
        Map<String, List<PeriodGoal>> goalsByChapter = new LinkedHashMap<>();
        goals.all(year).forEach(g -> goalsByChapter.computeIfAbsent(g.chapter(), c -> new ArrayList<>()).add(g));
        Map<String, ReportText> textsByKey = new LinkedHashMap<>();
        texts.all(year).forEach(t -> textsByKey.put(t.key(), t));

        Map<String, String> titles = new LinkedHashMap<>();
        register.chapters(year).forEach(c -> titles.put(c.number(), c.title()));
        tablesByChapter.keySet().forEach(c -> titles.putIfAbsent(c, "Kapittel " + c));
        goalsByChapter.keySet().forEach(c -> titles.putIfAbsent(c, "Kapittel " + c));

        List<Chapter> chapters = new ArrayList<>();
        titles.entrySet().stream()
                .sorted((a, b) -> Integer.compare(number(a.getKey()), number(b.getKey())))
                .forEach(c -> chapters.add(chapter(c.getKey(), c.getValue(), tablesByChapter.getOrDefault(c.getKey(), List.of()),
                        goalsByChapter.getOrDefault(c.getKey(), List.of()), textsByKey)));
        return new ReportDocument(SOURCE, year, List.copyOf(chapters));
    }

    private static Chapter chapter(String number, String title, List<ReportedTable> tables, List<PeriodGoal> goals,
            Map<String, ReportText> texts) {
        List<Block> accounts = new ArrayList<>();
        List<Block> keyFigures = new ArrayList<>();
        for (ReportedTable table : tables) {
            Optional<AccountsTable> account = AccountsTable.of(table);
            if (account.isPresent()) {
                accounts.add(new Block.TableBlock(table(table, account.get().convention().text())));
                ReportText explanation = texts.get(Accounts.explanationKey(account.get().area()));
                if (explanation != null && !explanation.html().isBlank()) {
                    accounts.add(new Block.Text(explanation.html()));
                }
            } else {
                keyFigures.add(new Block.TableBlock(table(table, table.signConvention())));
            }
        }
        List<Block> goalBlocks = new ArrayList<>();
        for (PeriodGoal goal : goals) {
            goalBlocks.add(new Block.Goals(List.of(GoalView.of(goal).toReport())));
            if (goal.assessment() != null && !goal.assessment().isBlank()) {
                goalBlocks.add(new Block.Text("<p>" + escape(goal.assessment()) + "</p>"));
            }
        }
        List<Section> sections = new ArrayList<>();
        if (!accounts.isEmpty()) {
            sections.add(new Section(number + "-driftsregnskapet", "Driftsregnskapet", List.copyOf(accounts)));
        }
        if (!goalBlocks.isEmpty()) {
            sections.add(new Section(number + "-maaloppnaaelse", "Måloppnåelse", List.copyOf(goalBlocks)));
        }
        if (!keyFigures.isEmpty()) {
            sections.add(new Section(number + "-nokkeltall", "Nøkkeltall", List.copyOf(keyFigures)));
        }
        return new Chapter(number, title, List.copyOf(sections));
    }

    /** The stored table as the report shows it, with its sign convention and the reasons of missing values. */
    static Table table(ReportedTable stored, String signConvention) {
        Table table = ReportTables.of(stored);
        List<List<Table.Cell>> cells = PrintedTables.cellsWithReasons(stored);
        List<Table.Row> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            Table.Row row = table.rows().get(r);
            rows.add(new Table.Row(row.label(), row.kind(), cells.get(r)));
        }
        return ProvenanceEntries.attach(
                new Table(table.number(), table.caption(), table.unit(), signConvention, table.columns(), List.copyOf(rows))
                        .withLabelHeader(table.labelHeader()),
                stored);
    }

    private static int number(String chapter) {
        try {
            return Integer.parseInt(chapter);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

package no.arsberetning.hr.tables;

import static no.arsberetning.hr.tables.ColumnSpec.averagePay;
import static no.arsberetning.hr.tables.ColumnSpec.averagePercent;
import static no.arsberetning.hr.tables.ColumnSpec.fte;
import static no.arsberetning.hr.tables.ColumnSpec.persons;
import static no.arsberetning.hr.tables.ColumnSpec.share;
import static no.arsberetning.hr.tables.ColumnSpec.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.arsberetning.hr.tables.ColumnSpec.Total;
import no.arsberetning.hr.tables.TableSpec.Flow;
import no.arsberetning.hr.tables.TableSpec.PartOfWhole;
import no.arsberetning.hr.tables.TableSpec.RowSum;

/**
 * The chapter-2 tables by printed number. Columns are 0-based value columns (the label column not counted);
 * the labels are the printed headers, for reading. The structure of a stored table cannot change after
 * its first import (imports must match it), so these positions hold for every later version.
 *
 * <p>Headcount totals in 2.4 and in the pay tables 2.7–2.9 count distinct persons: a person with
 * positions in two areas or two position groups is on two lines but counted once in the total (the print
 * says so under table 2.10). FTE, flows and the other counts add up.
 */
public final class Chapter2Tables {

    private static final Map<String, TableSpec> SPECS = Map.ofEntries(
            Map.entry("2.1", new TableSpec("2.1", List.of(
                    persons(0, "Totalt søkere", Total.SUM), persons(1, "Menn", Total.SUM), persons(2, "Kvinner", Total.SUM),
                    persons(3, "Menn i helse", Total.SUM), persons(4, "Helsearbeiderfag for innvandrere", Total.SUM),
                    persons(5, "Lærekandidater", Total.SUM), persons(6, "Innvandrerbakgrunn", Total.SUM),
                    persons(7, "Ansatt som lærling/lærekandidat", Total.SUM)),
                    List.of(new RowSum(0, List.of(1, 2))),
                    List.of(new PartOfWhole(3, 1), new PartOfWhole(4, 0), new PartOfWhole(5, 0), new PartOfWhole(6, 0),
                            new PartOfWhole(7, 0)),
                    null, null)),
            Map.entry("2.2", new TableSpec("2.2", List.of(
                    persons(0, "2020", Total.NONE), persons(1, "2021", Total.NONE), persons(2, "2022", Total.NONE),
                    persons(3, "2023", Total.NONE)),
                    List.of(), List.of(), new Flow(0, 1, 2, 3, 4),
                    "Antall personer. «nye ut» er ført med negativt fortegn; «endring» = «nye inn» + «nye ut»; "
                            + "antall pr. 31. desember = antall 1. januar + endring.")),
            Map.entry("2.3", new TableSpec("2.3", List.of(
                    persons(0, "Hele 2023", Total.SUM), persons(1, "Hele 2022", Total.SUM), persons(2, "Hele 2021", Total.SUM),
                    persons(3, "Hele 2020", Total.SUM)),
                    List.of(), List.of(), null, null)),
            Map.entry("2.4", new TableSpec("2.4", List.of(
                    persons(0, "Kvinne – Antall", Total.DISTINCT_PERSONS), fte(1, "Kvinne – Årsverk", 0),
                    share(2, "Kvinne – Andel årsverk", 1, 7),
                    persons(3, "Mann – Antall", Total.DISTINCT_PERSONS), fte(4, "Mann – Årsverk", 3),
                    share(5, "Mann – Andel årsverk", 4, 7),
                    persons(6, "Sluttsum – Antall", Total.DISTINCT_PERSONS), fte(7, "Sluttsum – Årsverk", 6)),
                    List.of(new RowSum(6, List.of(0, 3)), new RowSum(7, List.of(1, 4))), List.of(), null, null)),
            Map.entry("2.5", new TableSpec("2.5", List.of(
                    text(0, "Tjenesteområde"), persons(1, "Antall Deltid", Total.SUM), persons(2, "Antall Heltid", Total.SUM),
                    persons(3, "Totalt", Total.SUM), share(4, "Andel Heltidsstillinger", 2, 3)),
                    List.of(new RowSum(3, List.of(1, 2))), List.of(), null, null)),
            Map.entry("2.6", new TableSpec("2.6", List.of(
                    averagePercent(0, "Stillingsprosent"), averagePay(1, "Årslønn", null)),
                    List.of(), List.of(), null, null)),
            Map.entry("2.7", payTable("2.7")),
            Map.entry("2.8", payTable("2.8")),
            Map.entry("2.9", payTable("2.9")),
            Map.entry("2.10", new TableSpec("2.10", List.of(
                    persons(0, "Fast – Antall", Total.SUM), share(1, "Fast – Andel", 0, 4),
                    persons(2, "Midlertidig – Antall", Total.SUM), share(3, "Midlertidig – Andel", 2, 4),
                    persons(4, "Sluttsum – Antall", Total.SUM)),
                    List.of(new RowSum(4, List.of(0, 2))), List.of(), null, null)),
            Map.entry("2.11", new TableSpec("2.11", List.of(
                    persons(0, "Totalt antall ansatte", Total.SUM), persons(1, "Antall i foreldreperm", Total.SUM),
                    share(2, "Andel i foreldreperm", 1, 0)),
                    List.of(), List.of(new PartOfWhole(1, 0)), null, null)));

    private Chapter2Tables() {
    }

    public static Optional<TableSpec> spec(String number) {
        return Optional.ofNullable(number == null ? null : SPECS.get(number));
    }

    /** Tables 2.7–2.9: persons and average annual pay for women, men and in total, per position group. */
    private static TableSpec payTable(String number) {
        return new TableSpec(number, List.of(
                persons(0, "Kvinne – Ansatte", Total.DISTINCT_PERSONS), averagePay(1, "Kvinne – Snitt årslønn", 0),
                persons(2, "Mann – Ansatte", Total.DISTINCT_PERSONS), averagePay(3, "Mann – Snitt årslønn", 2),
                persons(4, "Totalt – Ansatte", Total.DISTINCT_PERSONS), averagePay(5, "Totalt – Snitt årslønn", 4)),
                List.of(new RowSum(4, List.of(0, 2))), List.of(), null, null);
    }
}

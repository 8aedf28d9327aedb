package no.arsberetning.servicesgoals.keyfigures;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.tables.TableStore;
import no.arsberetning.servicesgoals.ServiceAreasProperties;

import org.springframework.stereotype.Component;

/** A year's key figures: those of the printed key-figure tables and those imported from statistics files. */
@Component
public class KeyFigures {

    private final TableStore tables;
    private final KeyFigureImports imports;
    private final String municipality;

    KeyFigures(TableStore tables, KeyFigureImports imports, ServiceAreasProperties properties) {
        this.tables = tables;
        this.imports = imports;
        this.municipality = properties.municipality();
    }

    public List<KeyFigure> fromTables(int year) {
        List<KeyFigure> figures = new ArrayList<>();
        tables.all(year).forEach(t -> figures.addAll(TableKeyFigures.of(t, municipality)));
        return figures;
    }

    public List<KeyFigure> all(int year) {
        List<KeyFigure> figures = new ArrayList<>(fromTables(year));
        for (KeyFigureImport file : imports.all(year)) {
            for (KeyFigureImport.ImportedValue v : file.values()) {
                String source = (file.source() != null ? file.source() : "Statistikkfil")
                        + (file.sourceTable() != null ? ", tabell " + file.sourceTable() : "");
                figures.add(new KeyFigure(file.area(), v.breakdown() == null ? v.measure() : v.measure() + " (" + v.breakdown() + ")",
                        v.entity(), v.period(), null, v.value(), v.value() == null ? v.status() : v.value().toPlainString(),
                        v.unit(), source, v.missingReason(), v.status(), v.preliminary(),
                        new KeyFigure.Origin("json-stat", null, v.measureCode(), v.entityCode(), file.sourceTable(),
                                file.retrievedAt(), file.provenance().fileName(), file.id())));
            }
        }
        return figures;
    }
}

package no.arsberetning.finance.demo;

import tools.jackson.databind.JsonNode;

import no.arsberetning.common.demo.DemoFileLoader;
import no.arsberetning.common.demo.DemoFiles.DemoFile;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.finance.frontmatter.FrontMatter;
import no.arsberetning.finance.frontmatter.TitlePage;
import no.arsberetning.finance.frontmatter.TitlePageStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates a year's title page and foreword from the demo file's {@code frontMatter} (idempotent), with the
 * file's provenance. The foreword is the seed's text exactly as printed.
 */
@Component
class FrontMatterLoader implements DemoFileLoader {

    private static final Logger log = LoggerFactory.getLogger(FrontMatterLoader.class);

    private final TitlePageStore pages;
    private final TextStore texts;

    FrontMatterLoader(TitlePageStore pages, TextStore texts) {
        this.pages = pages;
        this.texts = texts;
    }

    @Override
    public void load(DemoFile file) {
        JsonNode front = file.content().path("frontMatter");
        if (front.isMissingNode() || front.isNull()) {
            return;
        }
        int year = file.year();
        pages.createIfAbsent(new TitlePage(TitlePage.idOf(year), year, text(front, "municipality"),
                text(front, "municipalityAlt"), text(front, "municipalityAltLang"), text(front, "title"),
                text(front, "issuedBy"), text(front, "date"), text(front, "versionLabel"), file.provenance(), null));
        JsonNode foreword = front.path("foreword");
        if (!foreword.isMissingNode()) {
            texts.createIfAbsent(year, FrontMatter.FOREWORD_KEY, FrontMatter.SECTION, null, text(foreword, "title"),
                    text(foreword, "html"), file.provenance());
        }
        log.info("Demo: forside og forord for {} fra {}", year, file.path());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }
}

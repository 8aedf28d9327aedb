package no.arsberetning.finance.frontmatter;

import tools.jackson.databind.JsonNode;

import no.arsberetning.common.StartupOrder;
import no.arsberetning.common.demo.DemoFiles;
import no.arsberetning.common.demo.DemoFiles.DemoFile;
import no.arsberetning.common.texts.TextStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Creates a year's title page and foreword from the demo file's {@code frontMatter} (idempotent), with the
 * file's provenance. The foreword is the seed's text exactly as printed.
 */
@Component
class FrontMatterLoader implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(FrontMatterLoader.class);

    private final DemoFiles demo;
    private final TitlePageStore pages;
    private final TextStore texts;

    FrontMatterLoader(DemoFiles demo, TitlePageStore pages, TextStore texts) {
        this.demo = demo;
        this.pages = pages;
        this.texts = texts;
    }

    @Override
    public int getOrder() {
        return StartupOrder.DOMAIN;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoFile file : demo.read()) {
            JsonNode front = file.content().path("frontMatter");
            if (front.isMissingNode() || front.isNull()) {
                continue;
            }
            int year = file.year();
            pages.createIfAbsent(new TitlePage(TitlePage.idOf(year), year, text(front, "municipality"),
                    text(front, "municipalityAlt"), text(front, "municipalityAltLang"), text(front, "title"),
                    text(front, "issuedBy"), text(front, "date"), text(front, "versionLabel"), file.provenance(), 0));
            JsonNode foreword = front.path("foreword");
            if (!foreword.isMissingNode()) {
                texts.createIfAbsent(year, FrontMatter.FOREWORD_KEY, FrontMatter.SECTION, null, text(foreword, "title"),
                        text(foreword, "html"), file.provenance());
            }
            log.info("Demo: forside og forord for {} fra {}", year, file.path());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }
}

package com.decipheru.careers.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import com.decipheru.careers.FixtureCatalogueConfiguration;
import com.decipheru.careers.model.PublicPage;

@WebMvcTest({SitemapController.class, RobotsController.class})
@Import(FixtureCatalogueConfiguration.class)
class SitemapTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsEveryPublicPageOnceWithItsLastReview() throws Exception {
        String xml = body("/sitemap.xml");
        var urls = Jsoup.parse(xml, "", Parser.xmlParser()).select("url");

        assertThat(urls.stream().map(url -> (url.selectFirst("loc").text() + " " + url.select("lastmod").text()).strip()))
                .containsExactly(
                "https://careers.example/ 2026-11-20",
                "https://careers.example/ai/careers 2026-04-26",
                "https://careers.example/ai/careers/mlops-engineer 2026-04-26",
                "https://careers.example/cyber/careers 2026-11-20",
                "https://careers.example/cyber/careers/penetration-tester 2026-09-15",
                "https://careers.example/cyber/careers/soc-analyst 2026-11-20",
                "https://careers.example/ai-for-cyber/careers",
                "https://careers.example/cyber-for-ai/careers 2026-10-01",
                "https://careers.example/cyber-for-ai/careers/ai-red-teamer 2026-10-01");
        assertThat(xml).doesNotContain("ai-soc-engineer", "/careers/pentester");
    }

    @Test
    void isValidAgainstTheSitemapSchema() throws Exception {
        validate(body("/sitemap.xml"), "sitemap-0.9.xsd");
    }

    @Test
    void aSplitSitemapIsAValidIndexOfValidParts() throws Exception {
        SitemapWriter writer = new SitemapWriter(
                new com.decipheru.careers.runtime.SiteProperties(Path.of("x"), "https://careers.example", false, false), 2);
        List<PublicPage> pages = List.of(new PublicPage("/", null), new PublicPage("/a", java.time.LocalDate.of(2026, 1, 2)),
                new PublicPage("/b", java.time.LocalDate.of(2026, 3, 4)));

        String index = writer.sitemap(pages);

        validate(index, "siteindex-0.9.xsd");
        assertThat(Jsoup.parse(index, "", Parser.xmlParser()).select("sitemap loc").eachText())
                .containsExactly("https://careers.example/sitemap-1.xml", "https://careers.example/sitemap-2.xml");
        validate(writer.part(pages, 2).orElseThrow(), "sitemap-0.9.xsd");
        assertThat(writer.part(pages, 2).orElseThrow()).contains("https://careers.example/b").doesNotContain("/a<");
        assertThat(writer.part(pages, 3)).isEmpty();
    }

    @Test
    void anUnsplitSitemapHasNoParts() throws Exception {
        mvc.perform(get("/sitemap-1.xml")).andExpect(status().isNotFound());
    }

    @Test
    void robotsAllowsCrawlingAndNamesTheSitemap() throws Exception {
        mvc.perform(get("/robots.txt")).andExpect(status().isOk())
                .andExpect(content().string("User-agent: *\nAllow: /\nDisallow: /_content\n\nSitemap: https://careers.example/sitemap.xml\n"));
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/xml"))
                .andReturn().getResponse().getContentAsString();
    }

    static void validate(String xml, String schema) throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(new StreamSource(Path.of("src/test/resources/schemas", schema).toFile()))
                .newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}

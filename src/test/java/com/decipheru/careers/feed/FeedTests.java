package com.decipheru.careers.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import com.decipheru.careers.FixtureCatalogueConfiguration;

@WebMvcTest(FeedController.class)
@Import(FixtureCatalogueConfiguration.class)
class FeedTests {

    @Autowired
    MockMvc mvc;

    @Test
    void isWellFormedAtomWithEveryRequiredElement() throws Exception {
        String xml = feed();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        var root = document.getDocumentElement();

        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        Document atom = Jsoup.parse(xml, "", Parser.xmlParser());
        assertThat(atom.selectFirst("feed > id").text()).isEqualTo("https://careers.example/");
        assertThat(atom.selectFirst("feed > updated").text()).isEqualTo("2026-11-20T00:00:00Z");
        assertThat(atom.selectFirst("feed > author > name").text()).isEqualTo("DecipherU");
        assertThat(atom.selectFirst("feed > link[rel=self]").attr("href")).isEqualTo("https://careers.example/feed.xml");
        assertThat(atom.select("entry")).allSatisfy(entry -> {
            assertThat(entry.select("> id, > title, > updated, > link[rel=alternate]")).hasSize(4);
        });
    }

    @Test
    void listsPublishedGuidesNewestFirst() throws Exception {
        Document atom = Jsoup.parse(feed(), "", Parser.xmlParser());

        assertThat(atom.select("entry > title").eachText())
                .containsExactly("SOC Analyst", "AI Red Teamer", "Penetration Tester", "MLOps Engineer");
        assertThat(atom.select("entry > updated").eachText())
                .containsExactly("2026-11-20T00:00:00Z", "2026-10-01T00:00:00Z", "2026-09-15T00:00:00Z", "2026-04-26T00:00:00Z");
    }

    private String feed() throws Exception {
        return mvc.perform(get("/feed.xml")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn().getResponse().getContentAsString();
    }
}

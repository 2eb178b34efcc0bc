package com.decipheru.careers.vertical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.decipheru.careers.content.ContentLoader;
import com.decipheru.careers.content.ContentTree;
import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.runtime.SiteProperties;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The structured data of hub pages, parsed field by field. */
class HubPagesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HubPages pages = new HubPages(
            new SiteProperties(ContentTree.FIXTURES, "https://careers.example", false, false));
    private final Catalogue catalogue = new ContentLoader(ContentTree.CLOCK).load(ContentTree.FIXTURES).orThrow();

    @Test
    void aHubIsACollectionPageListingItsGuides() {
        var cyber = catalogue.vertical("cyber").orElseThrow();
        List<JsonNode> blocks = parse(pages.hub(cyber, null, catalogue).orElseThrow().page().jsonLd());

        assertThat(blocks.get(0).get("@type").asString()).isEqualTo("CollectionPage");
        assertThat(blocks.get(0).at("/mainEntity/@type").asString()).isEqualTo("ItemList");
        assertThat(blocks.get(0).at("/mainEntity/itemListElement/1/url").asString())
                .isEqualTo("https://careers.example/cyber/careers/soc-analyst");
        assertThat(blocks.get(1).get("@type").asString()).isEqualTo("BreadcrumbList");
    }

    private static List<JsonNode> parse(List<String> blocks) {
        return blocks.stream().map(JSON::readTree).toList();
    }
}

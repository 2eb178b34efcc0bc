package com.decipheru.careers.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.decipheru.careers.content.ContentLoader;
import com.decipheru.careers.content.ContentTree;
import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.runtime.SiteProperties;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The home page's structured data, parsed field by field. */
class HomePagesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HomePages pages = new HomePages(
            new SiteProperties(ContentTree.FIXTURES, "https://careers.example", false, false));
    private final Catalogue catalogue = new ContentLoader(ContentTree.CLOCK).load(ContentTree.FIXTURES).orThrow();

    @Test
    void homeDescribesTheWebSiteAndTheOrganization() {
        assertThat(parse(pages.page(catalogue).jsonLd())).map(b -> b.get("@type").asString())
                .containsExactly("WebSite", "Organization");
    }

    private static List<JsonNode> parse(List<String> blocks) {
        return blocks.stream().map(JSON::readTree).toList();
    }
}

package com.decipheru.careers;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.decipheru.careers.catalogue.LiveCatalogue;
import com.decipheru.careers.content.ContentTree;

/** The fixture catalogue in preview mode: drafts included, content status shown. */
@TestConfiguration(proxyBeanMethods = false)
public class PreviewFixtureConfiguration {

    @Bean
    SiteProperties siteProperties() {
        return new SiteProperties(ContentTree.FIXTURES, "https://careers.example", true, false);
    }

    @Bean
    LiveCatalogue liveCatalogue(SiteProperties properties) {
        return new LiveCatalogue(properties, ContentTree.CLOCK);
    }
}

package com.decipheru.careers;


import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.decipheru.careers.catalogue.LiveCatalogue;
import com.decipheru.careers.content.ContentTree;

/** A real catalogue built from the test fixtures, for controller slices. */
@TestConfiguration(proxyBeanMethods = false)
public class FixtureCatalogueConfiguration {

    @Bean
    SiteProperties siteProperties() {
        return new SiteProperties(ContentTree.FIXTURES, "https://careers.example", false, false);
    }

    @Bean
    LiveCatalogue liveCatalogue(SiteProperties properties) {
        return new LiveCatalogue(properties, ContentTree.CLOCK);
    }

}

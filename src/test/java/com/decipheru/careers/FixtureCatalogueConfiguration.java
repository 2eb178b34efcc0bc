package com.decipheru.careers;


import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import com.decipheru.careers.catalogue.LiveCatalogue;
import com.decipheru.careers.content.ContentTree;
import com.decipheru.careers.http.CachePolicy;
import com.decipheru.careers.site.PageTitles;
import com.decipheru.careers.site.StructuredData;

/** A real catalogue built from the test fixtures, for controller slices. */
/** Also the page helpers the views use. */
@TestConfiguration(proxyBeanMethods = false)
@Import({StructuredData.class, PageTitles.class, CachePolicy.class})
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

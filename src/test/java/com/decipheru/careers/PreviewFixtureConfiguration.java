package com.decipheru.careers;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import com.decipheru.careers.catalogue.LiveCatalogue;
import com.decipheru.careers.content.ContentTree;
import com.decipheru.careers.http.CachePolicy;
import com.decipheru.careers.site.PageTitles;
import com.decipheru.careers.site.StructuredData;

/** The fixture catalogue in preview mode: drafts included, content status shown. */
/** Also the page helpers the views use. */
@TestConfiguration(proxyBeanMethods = false)
@Import({StructuredData.class, PageTitles.class, CachePolicy.class})
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

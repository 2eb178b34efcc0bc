package com.decipheru.careers;


import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

import com.decipheru.careers.content.ContentTree;
import com.decipheru.careers.http.CacheProperties;
import com.decipheru.careers.http.CachePolicy;
import com.decipheru.careers.http.PageCache;
import com.decipheru.careers.runtime.LiveCatalogue;
import com.decipheru.careers.runtime.SiteProperties;

/** A real catalogue built from the test fixtures, for controller slices. */
/** Also the cache policy and every feature's page factory ({@code *Pages}), which controller slices leave out. */
@TestConfiguration(proxyBeanMethods = false)
@Import({CachePolicy.class, PageCache.class})
@EnableConfigurationProperties(CacheProperties.class)
@ComponentScan(basePackages = "com.decipheru.careers", useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.decipheru\\.careers\\.(home|role|vertical)\\.[A-Za-z]+Pages"))
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

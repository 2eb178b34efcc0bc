package com.decipheru.careers.runtime;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deployment settings under {@code site.*}; content-level settings live in {@code content/site.yml}.
 */
@ConfigurationProperties("site")
public record SiteProperties(
        @DefaultValue("content") Path contentDir,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("false") boolean preview,
        @DefaultValue("true") boolean watch) {

    public SiteProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The absolute URL of a site path such as {@code /ai/careers}. */
    public String absolute(String path) {
        return baseUrl + path;
    }
}

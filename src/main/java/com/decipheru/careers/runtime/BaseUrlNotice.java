package com.decipheru.careers.runtime;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/**
 * Says at startup which base URL the site publishes, and warns when that is a local address while a
 * profile other than a local one is active: a deployment that forgot {@code SITE_BASE_URL} would
 * otherwise tell search engines that its pages live on localhost.
 */
@Component
class BaseUrlNotice {

    private static final Logger log = LoggerFactory.getLogger(BaseUrlNotice.class);
    private static final Set<String> LOCAL_PROFILES = Set.of("default", "local", "dev", "development", "test");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "0.0.0.0");

    private final SiteProperties properties;
    private final ConfigurableEnvironment environment;

    BaseUrlNotice(SiteProperties properties, ConfigurableEnvironment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        String baseUrl = properties.baseUrl();
        log.info("Publishing {} as the site's address in canonical links, the sitemap, the feed and JSON-LD{}", baseUrl,
                LocalBaseUrl.isDerived(environment, baseUrl) ? " (site.base-url is not set, so it follows the server port)" : "");
        List<String> deployed = Arrays.stream(environment.getActiveProfiles()).filter(p -> !LOCAL_PROFILES.contains(p)).toList();
        if (isLocal(baseUrl) && !deployed.isEmpty()) {
            log.warn("The site publishes {} while profile {} is active: search engines and readers would be sent to"
                    + " localhost. Set SITE_BASE_URL (site.base-url) to the public address, e.g. https://careers.example.org",
                    baseUrl, String.join(", ", deployed));
        }
    }

    static boolean isLocal(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        return host == null || LOCAL_HOSTS.contains(host.toLowerCase());
    }
}

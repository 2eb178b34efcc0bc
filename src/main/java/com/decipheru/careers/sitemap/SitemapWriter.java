package com.decipheru.careers.sitemap;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.decipheru.careers.model.PublicPage;
import com.decipheru.careers.model.Routes;
import com.decipheru.careers.runtime.SiteProperties;
import com.decipheru.careers.web.Xml;

/** Writes the sitemap protocol 0.9: a urlset, or an index of urlsets when there are too many pages for one. */
final class SitemapWriter {

    static final int MAX_URLS = 50_000;
    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final SiteProperties properties;
    private final int maxUrls;

    SitemapWriter(SiteProperties properties, int maxUrls) {
        this.properties = properties;
        this.maxUrls = maxUrls;
    }

    String sitemap(List<PublicPage> pages) {
        return pages.size() <= maxUrls ? urlset(pages) : index(pages);
    }

    /** Part {@code n} (from 1) of a split sitemap; empty when the sitemap is not split or has no such part. */
    Optional<String> part(List<PublicPage> pages, int n) {
        int parts = partCount(pages);
        if (pages.size() <= maxUrls || n < 1 || n > parts) {
            return Optional.empty();
        }
        return Optional.of(urlset(pages.subList((n - 1) * maxUrls, Math.min(pages.size(), n * maxUrls))));
    }

    private String urlset(List<PublicPage> pages) {
        StringBuilder xml = new StringBuilder(HEADER).append("<urlset xmlns=\"").append(NAMESPACE).append("\">\n");
        for (PublicPage page : pages) {
            xml.append("  <url><loc>").append(Xml.escape(properties.absolute(page.path()))).append("</loc>");
            if (page.lastModified() != null) {
                xml.append("<lastmod>").append(page.lastModified()).append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private String index(List<PublicPage> pages) {
        StringBuilder xml = new StringBuilder(HEADER).append("<sitemapindex xmlns=\"").append(NAMESPACE).append("\">\n");
        for (int n = 1; n <= partCount(pages); n++) {
            List<PublicPage> part = pages.subList((n - 1) * maxUrls, Math.min(pages.size(), n * maxUrls));
            xml.append("  <sitemap><loc>").append(Xml.escape(properties.absolute(Routes.sitemapPart(n)))).append("</loc>");
            part.stream().map(PublicPage::lastModified).filter(Objects::nonNull).max(Comparator.<LocalDate>naturalOrder())
                    .ifPresent(newest -> xml.append("<lastmod>").append(newest).append("</lastmod>"));
            xml.append("</sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    private int partCount(List<PublicPage> pages) {
        return (pages.size() + maxUrls - 1) / maxUrls;
    }
}

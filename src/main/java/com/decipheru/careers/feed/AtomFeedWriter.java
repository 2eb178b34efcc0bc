package com.decipheru.careers.feed;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Role;
import com.decipheru.careers.model.Routes;
import com.decipheru.careers.runtime.SiteProperties;
import com.decipheru.careers.web.Xml;

/** Atom 1.0 (RFC 4287): the newest 50 published guides by review date, each entry dated by its review. */
final class AtomFeedWriter {

    static final int ENTRIES = 50;
    private static final Comparator<Role> NEWEST_FIRST = Comparator.comparing(Role::lastReviewed).reversed()
            .thenComparing(Role::title);

    private final SiteProperties properties;

    AtomFeedWriter(SiteProperties properties) {
        this.properties = properties;
    }

    String feed(Catalogue catalogue) {
        List<Role> roles = catalogue.roles().stream().filter(role -> !role.draft()).sorted(NEWEST_FIRST).limit(ENTRIES).toList();
        String site = catalogue.site().name();
        LocalDate updated = roles.isEmpty() ? LocalDate.EPOCH : roles.get(0).lastReviewed();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(Xml.escape(site + ": new and updated guides")).append("</title>\n")
                .append("  <subtitle>").append(Xml.escape(catalogue.site().tagline())).append("</subtitle>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(url(Routes.FEED))).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url(Routes.HOME))).append("\"/>\n")
                .append("  <id>").append(Xml.escape(url(Routes.HOME))).append("</id>\n")
                .append("  <updated>").append(timestamp(updated)).append("</updated>\n")
                .append("  <author><name>").append(Xml.escape(site)).append("</name></author>\n");
        for (Role role : roles) {
            xml.append("  <entry>\n")
                    .append("    <title>").append(Xml.escape(role.title())).append("</title>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url(role.path()))).append("\"/>\n")
                    .append("    <id>").append(Xml.escape(url(role.path()))).append("</id>\n")
                    .append("    <updated>").append(timestamp(role.lastReviewed())).append("</updated>\n")
                    .append("    <category term=\"").append(Xml.escape(role.vertical().name())).append("\"/>\n")
                    .append("    <summary>").append(Xml.escape(role.summary())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private String url(String path) {
        return properties.absolute(path);
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}

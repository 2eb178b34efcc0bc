package com.decipheru.careers.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Derivation;
import com.decipheru.careers.model.Memo;
import com.decipheru.careers.model.Question;
import com.decipheru.careers.model.Role;
import com.decipheru.careers.model.Routes;
import com.decipheru.careers.runtime.SiteProperties;
import com.decipheru.careers.web.JsonLd;
import com.decipheru.careers.web.Page;
import com.decipheru.careers.web.Titles;

/**
 * A guide's page: its title for searchers, its breadcrumbs, and its structured data (Occupation,
 * FAQPage, BreadcrumbList), which depends on nothing but the guide and is written once per snapshot.
 */
@Component
class RolePages implements Derivation<Memo<String, List<String>>> {

    private static final Pattern SOC_CODE = Pattern.compile("SOC (\\d{2}-\\d{4})");

    private final JsonLd jsonLd;

    RolePages(SiteProperties properties) {
        this.jsonLd = new JsonLd(properties.baseUrl());
    }

    Page page(Role role, Catalogue snapshot) {
        String site = snapshot.site().name();
        String title = Titles.fit(role.title() + ": salary, skills, AI outlook | " + site,
                role.title() + " career guide | " + site, role.title() + " | " + site);
        return Page.of("role/role", title, role.summary())
                .canonical(role.path())
                .article()
                .noindex(role.draft())
                .breadcrumbs(breadcrumbs(role))
                .jsonLd(snapshot.derived(this).get(role.slug()));
    }

    /** Structured data per guide, by slug, written on first use and kept with the snapshot. */
    @Override
    public Memo<String, List<String>> derive(Catalogue snapshot) {
        return new Memo<>(slug -> structuredData(snapshot.role(slug).orElseThrow()));
    }

    List<String> structuredData(Role role) {
        Map<String, Object> occupation = JsonLd.node("Occupation", "name", role.title(), "description", role.summary(),
                "occupationalCategory", category(role),
                "estimatedSalary", List.of(JsonLd.item("MonetaryAmountDistribution", "name", "median", "currency", "USD",
                        "duration", "P1Y", "median", role.salary().medianUsd())),
                "occupationLocation", List.of(JsonLd.item("Country", "name", "United States")),
                "skills", role.skills(),
                "qualifications", role.certifications(),
                "responsibilities", role.duties(),
                "experienceRequirements", role.experience() + " of relevant experience",
                "mainEntityOfPage", JsonLd.item("WebPage", "@id", jsonLd.url(role.path()), "url", jsonLd.url(role.path()),
                        "lastReviewed", role.lastReviewed().toString()));
        List<Object> questions = new ArrayList<>();
        for (Question q : role.questions()) {
            questions.add(JsonLd.item("Question", "name", q.question(),
                    "acceptedAnswer", JsonLd.item("Answer", "text", q.answerHtml())));
        }
        return JsonLd.blocks(occupation, JsonLd.node("FAQPage", "mainEntity", questions),
                jsonLd.breadcrumbs(breadcrumbs(role)));
    }

    private static List<Page.Crumb> breadcrumbs(Role role) {
        return List.of(new Page.Crumb("Home", Routes.HOME), new Page.Crumb(role.vertical().name(), role.vertical().path()),
                new Page.Crumb(role.title(), role.path()));
    }

    /** The BLS SOC code when the salary source names one, else the vertical and specialty. */
    private static Object category(Role role) {
        Matcher code = SOC_CODE.matcher(role.salary().source());
        if (code.find()) {
            return JsonLd.item("CategoryCode", "codeValue", code.group(1),
                    "inCodeSet", JsonLd.item("CategoryCodeSet", "name", "Standard Occupational Classification (2018)"));
        }
        return role.vertical().name() + ": " + role.specialty();
    }
}

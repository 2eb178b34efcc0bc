package com.decipheru.careers.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.decipheru.careers.SiteProperties;
import com.decipheru.careers.catalogue.Catalogue;
import com.decipheru.careers.role.Question;
import com.decipheru.careers.role.Role;
import com.decipheru.careers.vertical.Vertical;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON-LD blocks (schema.org) for each kind of page. Each block is valid JSON in which {@code <}, {@code >}
 * and {@code &} are written as unicode escapes, so no content can close the script element.
 */
@Component
public class StructuredData {

    private static final Pattern SOC_CODE = Pattern.compile("SOC (\\d{2}-\\d{4})");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiteProperties properties;
    private final Map<String, Cached> roleBlocks = new ConcurrentHashMap<>();

    public StructuredData(SiteProperties properties) {
        this.properties = properties;
    }

    public List<String> home(Catalogue catalogue) {
        var site = catalogue.site();
        return blocks(
                node("WebSite", "name", site.name(), "url", url("/"), "description", site.tagline()),
                node("Organization", "name", site.name(), "url", url("/")));
    }

    public List<String> hub(Vertical vertical, List<Role> roles) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            items.add(item("ListItem", "position", i + 1, "url", url(roles.get(i).path()), "name", roles.get(i).title()));
        }
        return blocks(
                node("CollectionPage", "name", vertical.name() + " careers", "description", vertical.summary(),
                        "url", url(vertical.path()),
                        "mainEntity", item("ItemList", "numberOfItems", roles.size(), "itemListElement", items)),
                breadcrumbs(vertical, null));
    }

    /**
     * A guide's blocks depend on nothing but the guide, so they are written once per snapshot: a reload
     * makes new {@link Role} objects, and a cached entry is used only for the very same object.
     */
    public List<String> role(Role role) {
        Cached cached = roleBlocks.get(role.path());
        if (cached != null && cached.role() == role) {
            return cached.blocks();
        }
        List<String> blocks = writeRole(role);
        roleBlocks.put(role.path(), new Cached(role, blocks));
        return blocks;
    }

    private record Cached(Role role, List<String> blocks) {
    }

    private List<String> writeRole(Role role) {
        Map<String, Object> occupation = node("Occupation", "name", role.title(), "description", role.summary(),
                "occupationalCategory", category(role),
                "estimatedSalary", List.of(item("MonetaryAmountDistribution", "name", "median", "currency", "USD",
                        "duration", "P1Y", "median", role.salary().medianUsd())),
                "occupationLocation", List.of(item("Country", "name", "United States")),
                "skills", role.skills(),
                "qualifications", role.certifications(),
                "responsibilities", role.duties(),
                "experienceRequirements", role.experience() + " of relevant experience",
                "mainEntityOfPage", item("WebPage", "@id", url(role.path()), "url", url(role.path()),
                        "lastReviewed", role.lastReviewed().toString()));
        List<Object> questions = new ArrayList<>();
        for (Question q : role.questions()) {
            questions.add(item("Question", "name", q.question(), "acceptedAnswer", item("Answer", "text", q.answerHtml())));
        }
        return blocks(occupation, node("FAQPage", "mainEntity", questions),
                breadcrumbs(role.vertical(), role));
    }

    private Map<String, Object> breadcrumbs(Vertical vertical, Role role) {
        List<Object> crumbs = new ArrayList<>();
        crumbs.add(item("ListItem", "position", 1, "name", "Home", "item", url("/")));
        crumbs.add(item("ListItem", "position", 2, "name", vertical.name(), "item", url(vertical.path())));
        if (role != null) {
            crumbs.add(item("ListItem", "position", 3, "name", role.title(), "item", url(role.path())));
        }
        return node("BreadcrumbList", "itemListElement", crumbs);
    }

    /** The BLS SOC code when the salary source names one, else the vertical and specialty. */
    private static Object category(Role role) {
        Matcher code = SOC_CODE.matcher(role.salary().source());
        if (code.find()) {
            return item("CategoryCode", "codeValue", code.group(1),
                    "inCodeSet", item("CategoryCodeSet", "name", "Standard Occupational Classification (2018)"));
        }
        return role.vertical().name() + ": " + role.specialty();
    }

    private String url(String path) {
        return properties.absolute(path);
    }

    private static Map<String, Object> node(String type, Object... pairs) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@context", "https://schema.org");
        node.putAll(item(type, pairs));
        return node;
    }

    private static Map<String, Object> item(String type, Object... pairs) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", type);
        for (int i = 0; i < pairs.length; i += 2) {
            item.put((String) pairs[i], pairs[i + 1]);
        }
        return item;
    }

    @SafeVarargs
    private static List<String> blocks(Map<String, Object>... nodes) {
        List<String> blocks = new ArrayList<>();
        for (Map<String, Object> node : nodes) {
            blocks.add(JSON.writeValueAsString(node).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
        }
        return List.copyOf(blocks);
    }
}

package com.decipheru.careers.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes JSON-LD (schema.org) blocks with absolute URLs. Each block is valid JSON in which {@code <},
 * {@code >} and {@code &} are written as unicode escapes, so no content can close the script element.
 */
public final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;

    public JsonLd(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** A top-level node, with the schema.org context. */
    public static Map<String, Object> node(String type, Object... pairs) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@context", "https://schema.org");
        node.putAll(item(type, pairs));
        return node;
    }

    /** A nested item: its type, then name-value pairs. */
    public static Map<String, Object> item(String type, Object... pairs) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", type);
        for (int i = 0; i < pairs.length; i += 2) {
            item.put((String) pairs[i], pairs[i + 1]);
        }
        return item;
    }

    /** The page's breadcrumb trail as a BreadcrumbList. */
    public Map<String, Object> breadcrumbs(List<Page.Crumb> crumbs) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < crumbs.size(); i++) {
            items.add(item("ListItem", "position", i + 1, "name", crumbs.get(i).name(), "item", url(crumbs.get(i).path())));
        }
        return node("BreadcrumbList", "itemListElement", items);
    }

    @SafeVarargs
    public static List<String> blocks(Map<String, Object>... nodes) {
        List<String> blocks = new ArrayList<>();
        for (Map<String, Object> node : nodes) {
            blocks.add(JSON.writeValueAsString(node).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
        }
        return List.copyOf(blocks);
    }
}

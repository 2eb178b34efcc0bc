package com.decipheru.careers.content;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.decipheru.careers.model.Routes;

/**
 * Every link an editor writes to the site itself must reach a published page at its canonical address;
 * a broken internal link is an error at the link's line and column. Links to other sites are not followed.
 */
final class LinkChecks {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private static final Pattern RUNS_CODE = Pattern.compile("(?i)(javascript|vbscript|data):.*");
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");

    private final Set<String> pages;
    private final Set<String> draftPages;
    private final Map<String, String> aliases = new HashMap<>();

    LinkChecks(PagePaths paths, Iterable<ParsedRole> roles) {
        this.pages = paths.published();
        this.draftPages = paths.drafts();
        for (ParsedRole role : roles) {
            String path = Routes.role(role.verticalKey(), role.slug());
            role.aliases().forEach(alias -> aliases.put(alias.path(), path));
        }
    }

    /** Reports the link when it is internal and does not reach a page a reader of this file can open. */
    void check(MarkdownLink link, boolean fromDraft, FileProblems problems) {
        String url = link.url().strip();
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("//")) {
            return;
        }
        if (SCHEME.matcher(url).matches()) {
            if (RUNS_CODE.matcher(url).matches()) {
                problems.error(link.at(), "link '" + url + "' would run code in the reader's browser; it is not allowed");
            }
            return;
        }
        if (!url.startsWith("/")) {
            problems.error(link.at(), "relative link '" + url + "'; write links to this site from the root, such as"
                    + " /ai/careers/mlops-engineer");
            return;
        }
        String path = QUERY_OR_FRAGMENT.matcher(url).replaceFirst("");
        if (pages.contains(path) || Routes.SITE_FILES.contains(path) || Routes.isAsset(path)) {
            return;
        }
        if (draftPages.contains(path)) {
            if (!fromDraft) {
                problems.error(link.at(), "link to '" + path + "', which is a draft; publish it first or remove the link");
            }
            return;
        }
        String canonical = Routes.canonicalForm(path);
        String target = aliases.getOrDefault(path, aliases.getOrDefault(canonical, pages.contains(canonical) ? canonical : null));
        if (target != null) {
            problems.error(link.at(), "link to '" + path + "', which redirects; link to '" + target + "' instead");
        } else {
            problems.error(link.at(), "link to '" + path + "' is not a page of this site" + Suggestions.hint(path, pages));
        }
    }
}

package com.decipheru.careers.content;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.decipheru.careers.role.Role;

/**
 * Every link an editor writes to the site itself must reach a published page at its canonical address;
 * a broken internal link is an error at the link's line and column. Links to other sites are not followed.
 */
final class LinkChecks {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private static final Set<String> SITE_FILES = Set.of("/sitemap.xml", "/robots.txt", "/feed.xml");

    private final Set<String> pages;
    private final Set<String> draftPages;
    private final Map<String, String> aliases = new HashMap<>();

    LinkChecks(PagePaths paths, Iterable<RoleDraft> drafts) {
        this.pages = paths.published();
        this.draftPages = paths.drafts();
        for (RoleDraft draft : drafts) {
            String path = Role.pathOf(draft.verticalKey(), draft.slug());
            draft.aliases().forEach(alias -> aliases.put(alias, path));
        }
    }

    /** Reports the link when it is internal and does not reach a page a reader of this file can open. */
    void check(MarkdownLink link, boolean fromDraft, FileProblems problems) {
        String url = link.url().strip();
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("//")) {
            return;
        }
        if (SCHEME.matcher(url).matches()) {
            if (url.toLowerCase(Locale.ROOT).matches("(javascript|vbscript|data):.*")) {
                problems.error(link.at(), "link '" + url + "' would run code in the reader's browser; it is not allowed");
            }
            return;
        }
        if (!url.startsWith("/")) {
            problems.error(link.at(), "relative link '" + url + "'; write links to this site from the root, such as"
                    + " /ai/careers/mlops-engineer");
            return;
        }
        String path = url.replaceFirst("[?#].*$", "");
        if (pages.contains(path) || SITE_FILES.contains(path) || path.startsWith("/css/")) {
            return;
        }
        if (draftPages.contains(path)) {
            if (!fromDraft) {
                problems.error(link.at(), "link to '" + path + "', which is a draft; publish it first or remove the link");
            }
            return;
        }
        String canonical = path.length() > 1 ? path.replaceAll("/+$", "").toLowerCase(Locale.ROOT) : path;
        String target = aliases.getOrDefault(path, aliases.getOrDefault(canonical, pages.contains(canonical) ? canonical : null));
        if (target != null) {
            problems.error(link.at(), "link to '" + path + "', which redirects; link to '" + target + "' instead");
        } else {
            problems.error(link.at(), "link to '" + path + "' is not a page of this site" + Suggestions.hint(path, pages));
        }
    }
}

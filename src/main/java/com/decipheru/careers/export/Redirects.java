package com.decipheru.careers.export;

import java.util.List;
import java.util.Map;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Routes;

/**
 * The redirects the server answers itself, for static hosts: a guide's old addresses (aliases) and every
 * other spelling of a page's address (trailing slashes, upper case). An alias written in canonical form
 * matches in any case and with trailing slashes, as on the server; any other alias matches as written.
 */
record Redirects(Map<String, String> aliases, List<String> pages) {

    static Redirects of(Catalogue catalogue, List<String> pages) {
        return new Redirects(catalogue.redirects(), pages);
    }

    /** Pages whose address has other spellings: every page but home. */
    List<String> foldedPages() {
        return pages.stream().filter(page -> !page.equals(Routes.HOME)).toList();
    }

    static boolean folds(String alias) {
        return alias.equals(Routes.canonicalForm(alias));
    }

    /** Netlify and Cloudflare Pages {@code _redirects}: one "from to status" rule per line. */
    String netlify() {
        StringBuilder rules = new StringBuilder("# Old addresses (aliases) and trailing slashes: 301 to the canonical URL.\n");
        aliases.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(alias -> rules.append(alias.getKey()).append(' ').append(alias.getValue()).append(" 301\n"));
        foldedPages().forEach(page -> rules.append(page).append("/ ").append(page).append(" 301\n"));
        return rules.toString();
    }
}

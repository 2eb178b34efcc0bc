package com.decipheru.careers.content;

import java.util.regex.Pattern;

/** Slugs and vertical keys: lower-case a-z, 0-9 and single hyphens, as they appear in URLs. */
final class Slugs {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    static boolean isValid(String slug) {
        return SLUG.matcher(slug).matches();
    }

    static String problem(String what, String slug) {
        String suggestion = slug.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return what + " name '" + slug + "' may only use lower-case letters, digits and hyphens"
                + (suggestion.isEmpty() ? "" : " (rename it to '" + suggestion + "')");
    }
}

package com.decipheru.careers.export;

import java.util.List;
import java.util.Map;

/**
 * Netlify and Cloudflare Pages {@code _headers}: the security headers on every response, and on each file
 * the Cache-Control the server sent with it. Both hosts join the values of a header that several rules set,
 * so Cache-Control is given once per file, never under a wildcard.
 */
final class HeaderRules {

    private HeaderRules() {
    }

    static String write(Map<String, String> securityHeaders, List<ExportedFile> files) {
        StringBuilder rules = new StringBuilder("""
                # The headers the site's server sends. Cache-Control of the 404 page and of redirects is the host's own:
                # these hosts set headers by address, not by status.
                /*
                """);
        securityHeaders.forEach((name, value) -> rules.append("  ").append(name).append(": ").append(value).append('\n'));
        for (ExportedFile file : files) {
            rules.append(file.path()).append("\n  Cache-Control: ").append(file.cacheControl()).append('\n');
        }
        return rules.toString();
    }
}

package com.decipheru.careers.export;

import java.util.List;
import java.util.Map;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Routes;

/** The redirects the server answers itself, written for static hosts: aliases and trailing slashes. */
record Redirects(Map<String, String> aliases, List<String> pages) {

    static Redirects of(Catalogue catalogue, List<String> pages) {
        return new Redirects(catalogue.redirects(), pages);
    }

    /** Netlify and Cloudflare Pages {@code _redirects}: one "from to status" rule per line. */
    String netlify() {
        StringBuilder rules = new StringBuilder("# Old addresses (aliases) and trailing slashes: 301 to the canonical URL.\n");
        aliases.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(alias -> rules.append(alias.getKey()).append(' ').append(alias.getValue()).append(" 301\n"));
        pages.stream().filter(page -> !page.equals(Routes.HOME))
                .forEach(page -> rules.append(page).append("/ ").append(page).append(" 301\n"));
        return rules.toString();
    }

    /** Netlify and Cloudflare Pages {@code _headers}: content-hashed assets never change. */
    static String headers() {
        return "/css/*\n  Cache-Control: public, max-age=31536000, immutable\n";
    }

    /** An nginx include for a {@code server} block whose {@code root} is the export folder. */
    String nginx() {
        StringBuilder conf = new StringBuilder("""
                # Include inside a server block whose root is this folder, e.g.
                #   server { listen 80; root /srv/career-guide; include /srv/career-guide/nginx-site.conf; }
                absolute_redirect off;
                error_page 404 /404.html;
                location = /404.html { internal; }
                """);
        aliases.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(alias -> conf.append("location = ")
                .append(alias.getKey()).append(" { return 301 ").append(alias.getValue()).append("; }\n"));
        conf.append("""
                location ~ ^(?<canonical>/.+?)/+$ { return 301 $canonical$is_args$args; }
                location /css/ { add_header Cache-Control "public, max-age=31536000, immutable"; try_files $uri =404; }
                location = /feed.xml { types { } default_type application/atom+xml; }
                location = / { try_files /index.html =404; }
                location / { try_files $uri $uri.html =404; }
                """);
        return conf.toString();
    }
}

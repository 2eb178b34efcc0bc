package com.decipheru.careers.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The nginx rules for what the fixtures do not have: aliases spelled otherwise than canonically, odd paths. */
class NginxSiteTests {

    private static final List<ExportedFile> FILES = List.of(new ExportedFile("/", "index.html", "text/html;charset=UTF-8", "page"),
            new ExportedFile("/favicon.ico", "favicon.ico", "image/x-icon", "icon"));
    private static final ExportedFile NOT_FOUND = new ExportedFile("/404.html", "404.html", "text/html;charset=UTF-8", "gone");

    @Test
    void anAliasInCanonicalFormMatchesInAnyCaseAndWithTrailingSlashesAnyOtherOnlyAsWritten() {
        String conf = write(Map.of("/old/x.html", "/ai/careers", "/Old/Name", "/ai/careers"));

        assertThat(conf).contains("location ~* \"^/old/x\\\\.html/*$\" { set $site_cache_control \"moved\"; return 301 /ai/careers$is_args$args; }")
                .contains("location = /Old/Name { set $site_cache_control \"moved\"; return 301 /ai/careers$is_args$args; }");
    }

    @Test
    void eachFileIsServedWithTheServersTypeAndCacheControlAndNothingElseAnswers() {
        String conf = write(Map.of());

        assertThat(conf).contains("location = /favicon.ico { set $site_cache_control \"icon\"; types { } default_type image/x-icon;"
                + " charset off; try_files /favicon.ico =404; }")
                .contains("location = / { set $site_cache_control \"page\"; types { } default_type text/html; charset utf-8;"
                        + " try_files /index.html =404; }")
                .contains("location / { set $site_cache_control \"gone\"; return 404; }", "server_tokens off;");
    }

    @Test
    void aPathNginxCouldMisreadIsRefused() {
        assertThatThrownBy(() -> write(Map.of("/a;b", "/ai/careers"))).hasMessageContaining("'/a;b'");
    }

    private static String write(Map<String, String> aliases) {
        return NginxSite.write(Map.of("X-Frame-Options", "DENY"), FILES, NOT_FOUND, new Redirects(aliases, List.of("/", "/ai/careers")), "moved");
    }
}

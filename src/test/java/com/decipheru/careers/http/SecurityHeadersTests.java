package com.decipheru.careers.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every response, whatever its status, carries the security headers and names no server version. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "site.watch=false", "site.base-url=https://careers.example"})
class SecurityHeadersTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/ai/careers", "/ai/careers/mlops-engineer", "/css/site.css", "/sitemap.xml",
            "/feed.xml", "/robots.txt", "/actuator/health", "/nope", "/ai/careers/", "/error"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        var headers = response.headers();

        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).isEqualTo("default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none';"
                + " form-action 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()", "geolocation=()"));
        assertThat(headers.firstValue("Strict-Transport-Security")).contains("max-age=31536000; includeSubDomains");
        assertThat(headers.firstValue("Server")).isEmpty();
        assertThat(response.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("Apache", "Spring Boot");
    }

    @Test
    void hstsIsSentOnlyWhenTheSiteIsServedOverHttps() throws Exception {
        var filter = new SecurityHeadersFilter(new com.decipheru.careers.runtime.SiteProperties(java.nio.file.Path.of("content"),
                "http://localhost:8080", false, false));
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        filter.doFilter(new org.springframework.mock.web.MockHttpServletRequest("GET", "/"), response,
                new org.springframework.mock.web.MockFilterChain());
        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
    }
}

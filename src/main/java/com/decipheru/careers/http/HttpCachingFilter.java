package com.decipheru.careers.http;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.PageDates;
import com.decipheru.careers.model.Routes;
import com.decipheru.careers.runtime.LiveCatalogue;
import com.decipheru.careers.web.Snapshots;

/**
 * Responses a CDN can cache, each rendered at most once per content snapshot: a strong ETag computed from
 * the bytes (so it changes exactly when they do), Last-Modified from the content the page shows, 304
 * answers to If-None-Match and If-Modified-Since, gzip for text with {@code Vary: Accept-Encoding}, and a
 * Cache-Control policy per kind of response. A page already rendered for the request's snapshot costs a
 * lookup and a write; a conditional request for it renders and hashes nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class HttpCachingFilter extends OncePerRequestFilter {

    /** Headers this filter writes itself; any other header the renderer set is replayed from the cache. */
    private static final Set<String> OWN_HEADERS = Set.of(HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.VARY,
            HttpHeaders.CONTENT_LENGTH, HttpHeaders.CONTENT_ENCODING, HttpHeaders.CACHE_CONTROL, HttpHeaders.CONTENT_TYPE)
            .stream().map(String::toLowerCase).collect(Collectors.toUnmodifiableSet());

    private static final Pattern REFUSED = Pattern.compile("q=0(\\.0*)?");

    private final LiveCatalogue live;
    private final CachePolicy policy;
    private final PageCache cache;

    HttpCachingFilter(LiveCatalogue live, CachePolicy policy, PageCache cache) {
        this.live = live;
        this.policy = policy;
        this.cache = cache;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean head = "HEAD".equals(request.getMethod());
        if (!head && !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Catalogue snapshot = Snapshots.pinned(request, live);
        PageCache.Key key = keyOf(request);
        RenderedPage page = key == null ? null : cache.get(snapshot, key);
        if (page == null) {
            page = render(request, response, chain, head, snapshot);
            if (page == null) {
                return;
            }
            if (key != null) {
                cache.put(snapshot, key, page);
            }
        }
        serve(request, response, page, head);
    }

    /** The cache key, or null when the response must not be kept: a preview, or a page for operators. */
    private PageCache.Key keyOf(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (policy.isPreview() || Routes.isPrivate(path)) {
            return null;
        }
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status && status == 404
                    ? PageCache.Key.NOT_FOUND : null;
        }
        return new PageCache.Key(path, normalisedQuery(request.getQueryString()));
    }

    /** Renders the response; returns it when it is worth keeping (text, 200 or the 404 page), else writes it through. */
    private RenderedPage render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, boolean head,
            Catalogue snapshot) throws ServletException, IOException {
        Set<String> before = new HashSet<>(response.getHeaderNames());
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        // A HEAD is answered as a GET whose body is dropped, so both carry the same ETag and length.
        chain.doFilter(head ? asGet(request) : request, buffered);
        int status = buffered.getStatus();
        boolean notFoundPage = status == HttpServletResponse.SC_NOT_FOUND && request.getDispatcherType() == DispatcherType.ERROR;
        if (status != HttpServletResponse.SC_OK && !notFoundPage || !CachePolicy.isText(buffered.getContentType())) {
            String cacheControl = policy.cacheControl(request.getRequestURI(), status);
            if (cacheControl != null && !response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
            }
            buffered.copyBodyToResponse();
            return null;
        }
        return RenderedPage.of(status, buffered.getContentType(), buffered.getContentAsByteArray(),
                lastModified(response, snapshot, request.getRequestURI()), headersSetSince(before, response));
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, RenderedPage page, boolean head)
            throws IOException {
        response.setStatus(page.status());
        page.headers().forEach((name, values) -> {
            response.setHeader(name, null);
            values.forEach(value -> response.addHeader(name, value));
        });
        response.setContentType(page.contentType());
        String cacheControl = policy.cacheControl(request.getRequestURI(), page.status());
        if (cacheControl != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        boolean gzip = page.gzip() != null && acceptsGzip(request);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setHeader(HttpHeaders.ETAG, page.etag(gzip));
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
        if (page.status() == HttpServletResponse.SC_OK && Conditional.notModified(request, page.etag(gzip), page.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.CONTENT_TYPE, null);
            return;
        }
        byte[] body = page.body(gzip);
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }

    /** A static resource keeps its own Last-Modified; a page dates from the content it shows. */
    private static long lastModified(HttpServletResponse response, Catalogue snapshot, String path) {
        String given = response.getHeader(HttpHeaders.LAST_MODIFIED);
        if (given != null) {
            try {
                return ZonedDateTime.parse(given, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                // fall through to the content's date
            }
        }
        return PageDates.of(snapshot).lastModified(path).toEpochMilli();
    }

    private static Map<String, List<String>> headersSetSince(Set<String> before, HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!before.contains(name) && !OWN_HEADERS.contains(name.toLowerCase())) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        return headers;
    }

    /** Parameters in a fixed order, so {@code ?b=2&a=1} and {@code ?a=1&b=2} are one page. */
    static String normalisedQuery(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&")).filter(part -> !part.isEmpty()).sorted().collect(Collectors.joining("&"));
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accept == null) {
            return false;
        }
        for (String coding : accept.toLowerCase().split(",")) {
            String[] parts = coding.trim().split(";");
            if ((parts[0].equals("gzip") || parts[0].equals("*")) && !(parts.length > 1 && REFUSED.matcher(parts[1].trim()).matches())) {
                return true;
            }
        }
        return false;
    }

    private static HttpServletRequest asGet(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
    }
}

package com.decipheru.careers.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
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

import com.decipheru.careers.runtime.LiveCatalogue;
import com.decipheru.careers.web.Snapshots;

/**
 * Responses a CDN can cache: a strong ETag computed from the bytes (so it changes exactly when they do),
 * Last-Modified from the content snapshot, 304 answers to If-None-Match and If-Modified-Since, gzip for
 * text with {@code Vary: Accept-Encoding}, and a Cache-Control policy per kind of response.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class HttpCachingFilter extends OncePerRequestFilter {

    static final int GZIP_MIN_BYTES = 256;

    private final LiveCatalogue catalogue;
    private final CachePolicy policy;

    HttpCachingFilter(LiveCatalogue catalogue, CachePolicy policy) {
        this.catalogue = catalogue;
        this.policy = policy;
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
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        // A HEAD is answered as a GET whose body is dropped, so both carry the same ETag and length.
        chain.doFilter(head ? asGet(request) : request, buffered);
        int status = buffered.getStatus();
        String path = request.getRequestURI();
        String cacheControl = policy.cacheControl(path, status);
        if (cacheControl != null && !response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        if (status != HttpServletResponse.SC_OK || !CachePolicy.isText(buffered.getContentType())) {
            buffered.copyBodyToResponse();
            return;
        }
        writeCacheable(request, response, buffered.getContentAsByteArray(), head);
    }

    private void writeCacheable(HttpServletRequest request, HttpServletResponse response, byte[] body, boolean head)
            throws IOException {
        boolean gzip = body.length >= GZIP_MIN_BYTES && acceptsGzip(request);
        String etag = "\"" + digest(body) + (gzip ? "-gzip" : "") + "\"";
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setHeader(HttpHeaders.ETAG, etag);
        long lastModified = lastModified(request, response);
        if (Conditional.notModified(request, etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(-1);
            response.setHeader(HttpHeaders.CONTENT_TYPE, null);
            return;
        }
        byte[] payload = gzip ? gzip(body) : body;
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(payload.length);
        if (!head) {
            response.getOutputStream().write(payload);
        }
    }

    /** A static resource keeps its own Last-Modified; everything else dates from the content snapshot. */
    private long lastModified(HttpServletRequest request, HttpServletResponse response) {
        String given = response.getHeader(HttpHeaders.LAST_MODIFIED);
        if (given != null) {
            try {
                return ZonedDateTime.parse(given, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                // fall through to the snapshot's time
            }
        }
        long snapshot = Snapshots.pinned(request, catalogue).loadedAt().truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, snapshot);
        return snapshot;
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accept == null) {
            return false;
        }
        for (String coding : accept.toLowerCase().split(",")) {
            String[] parts = coding.trim().split(";");
            if ((parts[0].equals("gzip") || parts[0].equals("*")) && !(parts.length > 1 && parts[1].trim().matches("q=0(\\.0*)?"))) {
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

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }
}

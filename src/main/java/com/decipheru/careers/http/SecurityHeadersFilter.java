package com.decipheru.careers.http;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.decipheru.careers.runtime.SiteProperties;

/**
 * Security headers on every response, error pages included. The site runs no script of its own, so the
 * Content-Security-Policy allows nothing inline and nothing from elsewhere.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self';"
            + " frame-ancestors 'none'; form-action 'self'";
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(),"
            + " geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final Map<String, String> headers;

    SecurityHeadersFilter(SiteProperties properties) {
        this.headers = headers(properties.baseUrl().startsWith("https://"));
    }

    /** The headers every response carries, in the order they are sent; HSTS only for a site served over https. */
    public static Map<String, String> headers(boolean https) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        headers.put("X-Frame-Options", "DENY");
        if (https) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return Collections.unmodifiableMap(headers);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        headers.forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}

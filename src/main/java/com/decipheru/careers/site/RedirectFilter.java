package com.decipheru.careers.site;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.decipheru.careers.catalogue.Catalogue;
import com.decipheru.careers.catalogue.LiveCatalogue;

/**
 * One URL per page: an old address listed in a guide's {@code aliases}, a path with a trailing slash,
 * or a path in the wrong case answers one permanent redirect to the canonical address.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class RedirectFilter extends OncePerRequestFilter {

    private final LiveCatalogue catalogue;

    RedirectFilter(LiveCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        Optional<String> target = read ? canonicalFor(catalogue.current(), request.getRequestURI()) : Optional.empty();
        if (target.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", query == null ? target.get() : target.get() + "?" + query);
    }

    /** The canonical address for a requested path, when it differs and names a page. */
    static Optional<String> canonicalFor(Catalogue catalogue, String path) {
        Optional<String> alias = catalogue.redirectFor(path);
        if (alias.isPresent()) {
            return alias;
        }
        String trimmed = path.length() > 1 ? path.replaceAll("/+$", "") : path;
        String lower = trimmed.isEmpty() ? "/" : trimmed.toLowerCase(Locale.ROOT);
        if (lower.equals(path)) {
            return Optional.empty();
        }
        if (catalogue.isPage(lower)) {
            return Optional.of(lower);
        }
        return catalogue.redirectFor(lower);
    }
}

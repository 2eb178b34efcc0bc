package com.decipheru.careers.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.decipheru.careers.model.Routes;
import com.decipheru.careers.runtime.LiveCatalogue;

/**
 * One URL per page: an old address listed in a guide's {@code aliases}, a path with a trailing slash,
 * or a path in the wrong case answers one permanent redirect to the canonical address.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class RedirectFilter extends OncePerRequestFilter {

    private final LiveCatalogue live;

    RedirectFilter(LiveCatalogue live) {
        this.live = live;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        Optional<String> target = read
                ? Routes.canonicalFor(Snapshots.pinned(request, live), request.getRequestURI())
                : Optional.empty();
        if (target.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", query == null ? target.get() : target.get() + "?" + query);
    }
}

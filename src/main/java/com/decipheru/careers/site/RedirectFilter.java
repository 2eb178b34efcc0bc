package com.decipheru.careers.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.decipheru.careers.catalogue.LiveCatalogue;

/** An old address listed in a guide's {@code aliases} answers a permanent redirect to the guide. */
@Component
class AliasRedirectFilter extends OncePerRequestFilter {

    private final LiveCatalogue catalogue;

    AliasRedirectFilter(LiveCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean readOnly = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        var target = readOnly ? catalogue.current().redirectFor(request.getRequestURI()) : java.util.Optional.<String>empty();
        if (target.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", query == null ? target.get() : target.get() + "?" + query);
    }
}

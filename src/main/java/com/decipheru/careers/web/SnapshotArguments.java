package com.decipheru.careers.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.runtime.LiveCatalogue;

/** Lets a controller method take the request's pinned snapshot as a {@link Catalogue} parameter. */
@Component
class SnapshotArguments implements WebMvcConfigurer {

    private final LiveCatalogue live;

    SnapshotArguments(LiveCatalogue live) {
        this.live = live;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Catalogue.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                    NativeWebRequest request, WebDataBinderFactory binders) {
                return Snapshots.pinned(request.getNativeRequest(HttpServletRequest.class), live);
            }
        });
    }
}

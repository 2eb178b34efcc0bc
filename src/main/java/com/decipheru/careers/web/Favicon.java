package com.decipheru.careers.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.decipheru.careers.model.Routes;

/**
 * Serves {@code /favicon.ico}, which browsers, feed readers and crawlers ask for without a link. Only the
 * {@code /css/} assets are static otherwise (application.yml), so this one file is mapped here.
 */
@Component
class Favicon implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(Routes.FAVICON).addResourceLocations("classpath:/static/");
    }
}

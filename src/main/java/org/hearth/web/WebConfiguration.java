package org.hearth.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GOV.UK Frontend from its webjar: the CSS and JavaScript at /govuk/, and the fonts and images its CSS asks for at
 * /assets/. The version is named here only. (No webjars locator: with it, Spring checks every link on every page
 * against the classpath, which cost more than the rest of rendering a page.)
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private static final String GOVUK_FRONTEND = "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/govuk/**").addResourceLocations(GOVUK_FRONTEND)
                .setCacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofDays(1)));
        registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK_FRONTEND + "assets/")
                .setCacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofDays(1)));
    }
}

package org.hearth.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint Hearth itself defines states who may call it. A controller method without {@code @PreAuthorize}
 * (on the method or its class) fails this test, so a forgotten rule cannot reach a release.
 */
class EndpointAuthorisationRuleTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyHearthEndpointHasAnExplicitAuthorisationRule() {
        List<String> unguarded = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getPackageName().startsWith("org.hearth"))
                .filter(e -> !AnnotatedElementUtils.hasAnnotation(e.getValue().getMethod(), PreAuthorize.class)
                        && !AnnotatedElementUtils.hasAnnotation(e.getValue().getBeanType(), PreAuthorize.class))
                .map(e -> e.getKey() + " -> " + e.getValue())
                .toList();
        assertThat(mappings.getHandlerMethods()).isNotEmpty();
        assertThat(unguarded).as("endpoints without @PreAuthorize").isEmpty();
    }
}

package org.complaintsplatform.intake.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.complaintsplatform.intake.rest.RequestSizeLimitFilter;
import org.complaintsplatform.intake.rest.TenantPathInterceptor;
import org.complaintsplatform.procedures.Procedures;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    /** Room for the multipart boundaries and part headers around the largest file. */
    private static final long MULTIPART_FRAMING = 64 * 1024;

    private final Procedures procedures;

    public WebConfiguration(Procedures procedures) {
        this.procedures = procedures;
    }

    /** An unknown tenant answers 404 before its request body is even read. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new TenantPathInterceptor(procedures)).addPathPatterns("/api/v1/tenants/*/**");
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(IntakeProperties settings) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(settings.maxRequestSize().toBytes(),
                        settings.attachments().maxSize().toBytes() + MULTIPART_FRAMING));
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** Wrong JSON types are errors, never silently converted: {@code "anonymous": "yes"}, {@code "summary": 42}, {@code "channel": 0}. */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonTypes() {
        return builder -> builder
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}

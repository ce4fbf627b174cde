package org.complaintsplatform.local;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * In the shared JVM every service sees every library on the classpath, so Axon's auto-configuration
 * would start in intake-service and db-scheduler's in workflow-service. Each context names, in
 * {@value #PROPERTY}, the prefixes it must not load; this filter drops them. Without the property
 * (a service started on its own) it drops nothing.
 */
public class ForeignAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String PROPERTY = "complaints.local.foreign-auto-configurations";

    private List<String> foreignPrefixes = List.of();

    @Override
    public void setEnvironment(Environment environment) {
        foreignPrefixes = Binder.get(environment).bind(PROPERTY, String[].class).map(List::of).orElse(List.of());
    }

    @Override
    public boolean[] match(@Nullable String[] candidates, AutoConfigurationMetadata metadata) {
        boolean[] keep = new boolean[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            String candidate = candidates[i];
            keep[i] = candidate == null || foreignPrefixes.stream().noneMatch(candidate::startsWith);
        }
        return keep;
    }
}

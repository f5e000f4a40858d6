package org.coophub.registry.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The value under a {@code CONFIG} key: a compatibility level, by name. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfigValue(String compatibilityLevel) {}

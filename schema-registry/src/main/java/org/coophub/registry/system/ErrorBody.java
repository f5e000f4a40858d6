package org.coophub.registry.system;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The error body of every Confluent REST error. */
public record ErrorBody(@JsonProperty("error_code") int errorCode, String message) {}

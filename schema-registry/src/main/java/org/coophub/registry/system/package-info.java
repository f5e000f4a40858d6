/**
 * Cross-cutting configuration of the registry: its settings, the writer authentication on
 * mutating requests, the Confluent error body and the small endpoints ({@code /}, {@code /mode},
 * {@code /schemas/types}) that belong to no feature.
 */
package org.coophub.registry.system;

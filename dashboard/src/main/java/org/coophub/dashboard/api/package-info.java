/**
 * What people and scripts call: the JSON API with CSV for each table, problem details, and the
 * Prometheus gauges of the summary tiles.
 */
package org.coophub.dashboard.api;

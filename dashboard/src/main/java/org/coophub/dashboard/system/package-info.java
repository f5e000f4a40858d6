/**
 * Cross-cutting configuration: the settings, the Kafka client merge, the Streams application and
 * its health (UP only when RUNNING), the OpenAPI document, the local login for the page and the API
 * ({@code coophub.web.*}).
 */
package org.coophub.dashboard.system;

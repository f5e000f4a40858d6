/**
 * Cross-cutting configuration: the settings, the Kafka client merge, the Streams application and
 * its health (UP only when RUNNING), the OpenAPI document.
 */
package org.coophub.dashboard.system;

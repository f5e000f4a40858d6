/**
 * The wire contract of CoopHub: the Avro records generated from {@code src/main/avro} (one top-level
 * record per topic), and the {@link org.coophub.schemas.Topics} catalogue of topic names. Every app
 * depends on this module and on nothing else of CoopHub.
 */
package org.coophub.schemas;

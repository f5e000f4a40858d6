/**
 * Subjects and their schema versions: registration (one id per distinct schema, across subjects),
 * look-ups by subject, version or id, and soft then permanent deletes, behind the Confluent
 * {@code /subjects} and {@code /schemas} REST resources.
 */
package org.coophub.registry.subject;

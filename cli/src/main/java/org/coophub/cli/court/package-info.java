/**
 * Acting as the court (the Registry's super-user principal) against a running hub: its Kafka client
 * settings and registry login, read from {@code court.properties}, and the court's own topics.
 */
package org.coophub.cli.court;

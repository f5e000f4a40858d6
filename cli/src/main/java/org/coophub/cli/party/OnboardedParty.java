package org.coophub.cli.party;

import java.nio.file.Path;

/**
 * One party after onboarding.
 *
 * @param principal the gateway's SCRAM user, e.g. {@code gateway-FRA}
 * @param clientProperties the gateway's Kafka client properties file
 * @param newSecret true when a secret was generated now, false when the kept one was reused
 */
public record OnboardedParty(String party, String principal, Path clientProperties, boolean newSecret) {}

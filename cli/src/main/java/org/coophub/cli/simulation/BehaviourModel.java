package org.coophub.cli.simulation;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.coophub.schemas.directory.RegionalGroup;

/**
 * The authorities' profiles, drawn from distributions that differ by regional group: how soon they
 * acknowledge, how long they work, how often they consult the Court (art. 97), postpone (art.
 * 94(1)) or refuse. About 4 % of the parties (at least one of ten) never answer at all.
 */
final class BehaviourModel {

    static final double NEVER_ANSWERING_SHARE = 0.04;
    static final double SLOW_SHARE = 0.15;

    /**
     * A group's traits: medians in days, and its outcome weights (executed, partly executed,
     * postponed, refused). Figures are illustrative, not statistics of any State's record.
     */
    record GroupTraits(double medianAckDays, double medianWorkDays, double consultationRate, double[] outcomeWeights) {}

    private static final Map<RegionalGroup, GroupTraits> TRAITS = Map.of(
            RegionalGroup.WEOG, new GroupTraits(1.0, 25, 0.10, new double[] {80, 10, 7, 3}),
            RegionalGroup.EASTERN_EUROPEAN, new GroupTraits(1.5, 30, 0.12, new double[] {76, 12, 8, 4}),
            RegionalGroup.GRULAC, new GroupTraits(2.5, 35, 0.15, new double[] {74, 12, 10, 4}),
            RegionalGroup.ASIA_PACIFIC, new GroupTraits(3.0, 40, 0.15, new double[] {70, 13, 11, 6}),
            RegionalGroup.AFRICAN, new GroupTraits(3.5, 40, 0.18, new double[] {72, 12, 12, 4}),
            RegionalGroup.OTHER, new GroupTraits(2.0, 30, 0.10, new double[] {75, 12, 9, 4}));

    private final Map<String, AuthorityProfile> profiles;

    /** Profiles for {@code parties}; the same seed and parties give the same profiles. */
    BehaviourModel(long seed, Collection<Parties.Party> parties) {
        List<String> silent = parties.stream()
                .map(Parties.Party::code)
                .sorted(Comparator.comparingLong((String code) -> AuthorityProfile.mix(seed, "silent/" + code))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(neverAnsweringCount(parties.size()))
                .toList();
        var drawn = new LinkedHashMap<String, AuthorityProfile>();
        for (Parties.Party party : parties) {
            drawn.put(party.code(), draw(seed, party, silent.contains(party.code())));
        }
        this.profiles = drawn;
    }

    static int neverAnsweringCount(int parties) {
        return parties < 10 ? 0 : Math.max(1, (int) Math.round(parties * NEVER_ANSWERING_SHARE));
    }

    /** The profile of a party the model was built with. */
    AuthorityProfile profile(String party) {
        AuthorityProfile profile = profiles.get(party);
        if (profile == null) {
            throw new IllegalArgumentException("no profile for " + party);
        }
        return profile;
    }

    Collection<AuthorityProfile> profiles() {
        return profiles.values();
    }

    Map<RegionalGroup, List<AuthorityProfile>> byGroup() {
        return profiles.values().stream().collect(Collectors.groupingBy(AuthorityProfile::group));
    }

    static GroupTraits traits(RegionalGroup group) {
        return TRAITS.getOrDefault(group, TRAITS.get(RegionalGroup.OTHER));
    }

    private static AuthorityProfile draw(long seed, Parties.Party party, boolean neverAnswers) {
        var random = new SplittableRandom(AuthorityProfile.mix(seed, "profile/" + party.code()));
        GroupTraits traits = traits(party.group());
        boolean slow = random.nextDouble() < SLOW_SHARE;
        double ack = AuthorityProfile.logNormal(random, traits.medianAckDays(), 0.5) * (slow ? 5 : 1);
        double work = AuthorityProfile.logNormal(random, traits.medianWorkDays(), 0.35) * (slow ? 2 : 1);
        double consultation = Math.min(0.6, traits.consultationRate() * AuthorityProfile.logNormal(random, 1, 0.4));
        double[] weights = traits.outcomeWeights().clone();
        for (int i = 1; i < weights.length; i++) {
            weights[i] *= AuthorityProfile.logNormal(random, 1, 0.5);
        }
        return new AuthorityProfile(
                party.code(), party.group(), neverAnswers, slow, ack, work, consultation, weights, seed);
    }
}

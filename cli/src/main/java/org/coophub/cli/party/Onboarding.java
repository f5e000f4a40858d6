package org.coophub.cli.party;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialDeletion;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.ResourceNotFoundException;
import org.coophub.cli.court.CourtConnection;
import org.coophub.cli.court.CourtTopics;
import org.coophub.cli.hub.HubException;
import org.coophub.schemas.Topics;

/**
 * Onboards parties onto a running hub, as the court: topics, gateway principal, ACLs, registry
 * subjects, client properties. Each step is a single Admin request for all parties at once, and
 * each is idempotent, so onboarding a party twice changes nothing.
 */
public final class Onboarding {

    public static final int DEFAULT_PARTITIONS = 3;

    /** Kafka's recommended iteration count for SCRAM-SHA-512. */
    private static final int SCRAM_ITERATIONS = 8192;

    private static final int SUBJECT_THREADS = 6;

    private final CourtConnection court;
    private final Path credentialsDir;

    /**
     * @param credentialsDir where gateway properties files go ({@code .coophub/credentials})
     */
    public Onboarding(CourtConnection court, Path credentialsDir) {
        this.court = court;
        this.credentialsDir = credentialsDir;
    }

    /** Onboards every party in {@code parties}; {@code partitions} applies to topics created now. */
    public List<OnboardedParty> onboard(Collection<String> parties, int partitions) {
        if (partitions < 1) {
            throw new HubException("partitions must be 1 or more (got " + partitions + ")");
        }
        List<String> codes =
                parties.stream().map(Onboarding::checkedCode).distinct().toList();
        var onboarded = new ArrayList<OnboardedParty>();
        try (Admin admin = court.admin()) {
            var credentials = new LinkedHashMap<String, GatewayCredentials>();
            var alterations = new ArrayList<UserScramCredentialAlteration>();
            Set<String> users = scramUsers(admin);
            for (String party : codes) {
                String principal = GatewayAccess.principal(party);
                Optional<GatewayCredentials> kept = GatewayCredentials.load(credentialsDir, principal);
                var chosen = kept.orElseGet(() -> GatewayCredentials.generate(credentialsDir, principal));
                credentials.put(party, chosen);
                // the same secret again would only re-salt it: leave a known user alone
                if (kept.isEmpty() || !users.contains(principal)) {
                    alterations.add(new UserScramCredentialUpsertion(
                            principal,
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS),
                            chosen.password()));
                }
                onboarded.add(new OnboardedParty(party, principal, chosen.file(), kept.isEmpty()));
            }
            if (!alterations.isEmpty()) {
                await(admin.alterUserScramCredentials(alterations).all(), "creating the gateways' SCRAM users");
            }
            List<AclBinding> acls = codes.stream()
                    .flatMap(party -> GatewayAccess.bindings(party).stream())
                    .toList();
            await(admin.createAcls(acls).all(), "creating the gateways' ACLs");
            // topics last: the broker applies metadata in order and creating hundreds of partition
            // logs takes it a while; users and ACLs applied first let clients log in meanwhile
            CourtTopics.createMissing(admin, topics(codes, partitions));
            credentials.values().forEach(file -> file.write(court.bootstrap(), court.registryUrl()));
        }
        registerSubjects(codes);
        return onboarded;
    }

    /**
     * Revokes a party's gateway: its SCRAM credential, its ACLs and its properties file. The topics
     * and what they hold are kept; onboarding again issues a new secret.
     *
     * @return the number of ACLs removed
     */
    public int remove(String party) {
        String code = checkedCode(party);
        String principal = GatewayAccess.principal(code);
        int removed;
        try (Admin admin = court.admin()) {
            removed = await(
                            admin.deleteAcls(List.of(GatewayAccess.everyBindingOf(code)))
                                    .all(),
                            "removing ACLs")
                    .size();
            try {
                admin.alterUserScramCredentials(
                                List.of(new UserScramCredentialDeletion(principal, ScramMechanism.SCRAM_SHA_512)))
                        .all()
                        .get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof ResourceNotFoundException)) {
                    throw new HubException("revoking " + principal + " failed: " + e.getCause());
                }
            } catch (TimeoutException e) {
                throw new HubException("revoking " + principal + " timed out");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HubException("interrupted while revoking " + principal);
            }
        }
        try {
            Files.deleteIfExists(GatewayCredentials.fileOf(credentialsDir, principal));
        } catch (IOException e) {
            throw new HubException("could not delete the gateway's properties file: " + e.getMessage());
        }
        return removed;
    }

    private void registerSubjects(List<String> codes) {
        Optional<String> url = court.registryUrl();
        if (url.isEmpty()) {
            return; // no registry in this hub (up --no-registry): nothing to register
        }
        String userInfo = court.registryUserInfo()
                .orElseThrow(() -> new HubException("the court's client settings lack basic.auth.user.info"));
        var subjects = new PartySubjects(url.get(), userInfo);
        if (codes.size() == 1) {
            subjects.register(codes.get(0));
            return;
        }
        // 123 parties are 492 registry calls: a few at once hide each call's round trip (the
        // registry itself still allocates ids one registration at a time)
        ExecutorService pool = Executors.newFixedThreadPool(SUBJECT_THREADS);
        try {
            List<Future<?>> registered = codes.stream()
                    .<Future<?>>map(code -> pool.submit(() -> subjects.register(code)))
                    .toList();
            for (Future<?> future : registered) {
                future.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new HubException("registering the parties' subjects failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("interrupted while registering the parties' subjects");
        } finally {
            pool.shutdownNow();
        }
    }

    static List<NewTopic> topics(List<String> codes, int partitions) {
        var topics = new ArrayList<NewTopic>();
        for (String party : codes) {
            topics.add(new NewTopic(Topics.requests(party), Optional.of(partitions), Optional.empty()));
            // turnaround is timed by the hub, never by a party's clock alone: the broker stamps
            // what a party sends with the time it appended it
            topics.add(new NewTopic(Topics.responses(party), Optional.of(partitions), Optional.empty())
                    .configs(Map.of(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime")));
            topics.add(new NewTopic(Topics.requestsDeadLetter(party), Optional.of(partitions), Optional.empty()));
        }
        return topics;
    }

    private static Set<String> scramUsers(Admin admin) {
        return await(admin.describeUserScramCredentials().users(), "listing SCRAM users").stream()
                .collect(Collectors.toSet());
    }

    public static String checkedCode(String party) {
        if (!Topics.isPartyCode(party)) {
            throw new HubException("'" + party + "' is not a party code: ISO 3166-1 alpha-3 (e.g. FRA) or an"
                    + " upper-case organisation code of 2 to 12 letters and digits");
        }
        return party;
    }

    private static <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new HubException(what + " failed: " + e.getCause());
        } catch (TimeoutException e) {
            throw new HubException(what + " timed out after 30 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("interrupted while " + what);
        }
    }
}

package org.coophub.producer.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.coophub.schemas.directory.PartyProfile;
import org.springframework.stereotype.Component;

/** The directory as last read from {@code coop.directory}: party code → profile. */
@Component
public class Directory {

    /** Art. 87(2) and rule 178(2): a party that chose no language receives the Court's working languages. */
    public static final List<String> WORKING_LANGUAGES = List.of("en", "fr");

    private final Map<String, PartyProfile> profiles = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    public Optional<PartyProfile> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(profiles.get(code));
    }

    /** The languages a party accepts requests in (BCP 47 tags). */
    public static List<String> acceptedLanguages(PartyProfile profile) {
        return profile.getLanguages().isEmpty() ? WORKING_LANGUAGES : profile.getLanguages();
    }

    /** Applies one directory record; {@code null} is a tombstone and removes the party. */
    public void apply(String code, PartyProfile profile) {
        if (profile == null) {
            profiles.remove(code);
        } else {
            profiles.put(code, profile);
        }
    }

    /** Whether the reader has caught up with the topic as it was at start-up. */
    public boolean loaded() {
        return loaded;
    }

    void markLoaded() {
        loaded = true;
    }

    public int size() {
        return profiles.size();
    }
}

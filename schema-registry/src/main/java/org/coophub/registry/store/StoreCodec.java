package org.coophub.registry.store;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** JSON keys and values of the schemas topic, and applying a read record to the state. */
@Component
class StoreCodec {

    private final JsonMapper json;

    StoreCodec(JsonMapper json) {
        this.json = json;
    }

    String write(Object keyOrValue) {
        return keyOrValue == null ? null : json.writeValueAsString(keyOrValue);
    }

    /** Applies one record of the topic; returns false when the key type is one this registry ignores. */
    boolean apply(RegistryState state, String key, String value) {
        StoreKey storeKey = json.readValue(key, StoreKey.class);
        return switch (String.valueOf(storeKey.keytype())) {
            case StoreKey.SCHEMA -> {
                state.applySchema(storeKey, value == null ? null : json.readValue(value, SchemaVersion.class));
                yield true;
            }
            case StoreKey.CONFIG -> {
                state.applyConfig(storeKey, value == null ? null : json.readValue(value, ConfigValue.class));
                yield true;
            }
            default -> false; // NOOP, MODE, DELETE_SUBJECT … of a Confluent-written topic
        };
    }
}

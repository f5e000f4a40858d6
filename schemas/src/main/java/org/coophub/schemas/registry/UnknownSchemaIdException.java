package org.coophub.schemas.registry;

/** The registry knows no schema with this id: the record was written against another registry, or is not ours. */
public class UnknownSchemaIdException extends SchemaRegistryException {

    private final int schemaId;

    public UnknownSchemaIdException(int schemaId, String registry) {
        super(404, SCHEMA_NOT_FOUND, "Schema id " + schemaId + " is unknown to the schema registry at " + registry);
        this.schemaId = schemaId;
    }

    public int schemaId() {
        return schemaId;
    }
}

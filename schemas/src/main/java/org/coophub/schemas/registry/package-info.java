/**
 * A client of the Confluent Schema Registry REST API: register and look up schemas, fetch them by
 * id, with caches and typed errors. It talks to CoopHub's own registry and to any Confluent-API
 * registry (Confluent, Karapace, Apicurio's ccompat API) alike.
 */
package org.coophub.schemas.registry;

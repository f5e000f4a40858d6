#!/usr/bin/env bash
# Starts a CoopHub Spring Boot app in its container. When CLIENT_BOOTSTRAP_SERVERS is set, it first
# writes the Kafka client properties file the apps read (coophub.<app>.client-properties), in the
# format ./coophub up writes for a principal (cli ClientSettings / GatewayCredentials), from:
#   CLIENT_BOOTSTRAP_SERVERS           bootstrap.servers
#   CLIENT_USERNAME, CLIENT_PASSWORD   the SCRAM-SHA-512 principal (letters and digits only)
#   CLIENT_SCHEMA_REGISTRY_URL         schema.registry.url (optional)
#   CLIENT_SCHEMA_REGISTRY_USER_INFO   basic.auth.user.info, user:password (optional)
#   CLIENT_AUTO_REGISTER_SCHEMAS       auto.register.schemas (optional; false for a gateway)
# The file is owner-only and the secrets are removed from the environment before the JVM starts.
set -euo pipefail

CLIENT_PROPERTIES_FILE=/app/config/client.properties

if [[ -n "${CLIENT_BOOTSTRAP_SERVERS:-}" ]]; then
  : "${CLIENT_USERNAME:?CLIENT_USERNAME is needed with CLIENT_BOOTSTRAP_SERVERS}"
  : "${CLIENT_PASSWORD:?CLIENT_PASSWORD is needed with CLIENT_BOOTSTRAP_SERVERS}"
  umask 077
  {
    echo "# Kafka client settings for ${CLIENT_USERNAME}, written at container start: keep private"
    echo "bootstrap.servers=${CLIENT_BOOTSTRAP_SERVERS}"
    echo "security.protocol=SASL_PLAINTEXT"
    echo "sasl.mechanism=SCRAM-SHA-512"
    echo "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"${CLIENT_USERNAME}\" password=\"${CLIENT_PASSWORD}\";"
    if [[ -n "${CLIENT_SCHEMA_REGISTRY_URL:-}" ]]; then
      echo "schema.registry.url=${CLIENT_SCHEMA_REGISTRY_URL}"
    fi
    if [[ -n "${CLIENT_SCHEMA_REGISTRY_USER_INFO:-}" ]]; then
      echo "basic.auth.credentials.source=USER_INFO"
      echo "basic.auth.user.info=${CLIENT_SCHEMA_REGISTRY_USER_INFO}"
    fi
    if [[ -n "${CLIENT_AUTO_REGISTER_SCHEMAS:-}" ]]; then
      echo "auto.register.schemas=${CLIENT_AUTO_REGISTER_SCHEMAS}"
    fi
  } >"${CLIENT_PROPERTIES_FILE}"
  unset CLIENT_PASSWORD CLIENT_SCHEMA_REGISTRY_USER_INFO
fi

# JAVA_OPTS is a list of JVM options: word splitting is intended
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -jar /app/app.jar "$@"

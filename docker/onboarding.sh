#!/usr/bin/env bash
# The compose stack's one-shot onboarding job, in the cli image: publishes the directory, then
# onboards each party of ONBOARD_PARTIES (topics, gateway principal, ACLs, registry subjects) as
# the court, exactly as `./coophub directory seed` and `./coophub party add <P>` do on a local hub.
#
# The cli finds the hub through .coophub/stack.json and the court's properties file, so this job
# writes both into a private scratch home first. It also writes each gateway's properties file with
# the password from GATEWAY_<P>_PASSWORD: `party add` keeps a secret it finds there instead of
# generating one, so the gateway container, given the same variable, logs in with it.
#
#   ONBOARD_PARTIES     party codes, space-separated (FRA ARG)
#   KAFKA_BOOTSTRAP     kafka:9092
#   SCHEMA_REGISTRY_URL http://schema-registry:8081
#   COURT_PASSWORD      the court's SCRAM password (a super user)
#   GATEWAY_<P>_PASSWORD one per party: its gateway's SCRAM password (letters and digits only)
#   DIRECTORY_AS_OF     optional: the States Parties of this date (2017-11-22 by default)
set -euo pipefail

: "${ONBOARD_PARTIES:?ONBOARD_PARTIES lists the parties to onboard}"
: "${KAFKA_BOOTSTRAP:?}" "${SCHEMA_REGISTRY_URL:?}" "${COURT_PASSWORD:?}"

umask 077
home="$(mktemp -d)"
credentials="${home}/.coophub/credentials"
mkdir -p "${credentials}"
court="${credentials}/court.properties"

jaas() {
  echo "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$1\" password=\"$2\";"
}

cat >"${court}" <<PROPERTIES
bootstrap.servers=${KAFKA_BOOTSTRAP}
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=$(jaas court "${COURT_PASSWORD}")
schema.registry.url=${SCHEMA_REGISTRY_URL}
basic.auth.credentials.source=USER_INFO
basic.auth.user.info=court:${COURT_PASSWORD}
PROPERTIES

cat >"${home}/.coophub/stack.json" <<JSON
{
  "bootstrap": "${KAFKA_BOOTSTRAP}",
  "registry": "${SCHEMA_REGISTRY_URL}",
  "credentials": {
    "court": "${court}"
  },
  "producer": null,
  "gateways": {},
  "dashboard": null
}
JSON

for party in ${ONBOARD_PARTIES}; do
  variable="GATEWAY_${party}_PASSWORD"
  password="${!variable:-}"
  if [[ -z "${password}" ]]; then
    echo "onboarding: ${variable} is not set; each party of ONBOARD_PARTIES needs its gateway's password" >&2
    exit 1
  fi
  if [[ "${password}" == replace-me || ! "${password}" =~ ^[A-Za-z0-9]+$ ]]; then
    echo "onboarding: ${variable} must be letters and digits only, and not the placeholder of docker/.env.example" >&2
    exit 1
  fi
  cat >"${credentials}/gateway-${party}.properties" <<PROPERTIES
bootstrap.servers=${KAFKA_BOOTSTRAP}
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=$(jaas "gateway-${party}" "${password}")
PROPERTIES
done

coophub() {
  # JAVA_OPTS is a list of JVM options: word splitting is intended
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -Dcoophub.home="${home}" -jar /app/app.jar "$@"
}

if [[ -n "${DIRECTORY_AS_OF:-}" ]]; then
  coophub directory seed --as-of "${DIRECTORY_AS_OF}"
else
  coophub directory seed
fi
for party in ${ONBOARD_PARTIES}; do
  coophub party add "${party}"
done
rm -rf "${home}"
echo "onboarding: done (${ONBOARD_PARTIES})"

#!/bin/sh
# One-shot job after the Kafka node is healthy, in the apache/kafka image, as the court (a super
# user): the court's topics (as ./coophub up creates them, cli CourtTopics), the registry's store
# _schemas, and the registry principal's ACLs: its topic, and the consumer groups whose names start
# with schema-registry (the Confluent registry's leader election group, schema.registry.group.id).
# Every step may run again: topics are created only when missing, an existing ACL is a no-op.
#   KAFKA_BOOTSTRAP, COURT_PASSWORD; TOPIC_REPLICATION_FACTOR (1 on one node)
set -eu

: "${KAFKA_BOOTSTRAP:?KAFKA_BOOTSTRAP is not set}"
: "${COURT_PASSWORD:?COURT_PASSWORD is not set}"
replication="${TOPIC_REPLICATION_FACTOR:-1}"

umask 077
court="$(mktemp)"
cat >"${court}" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="court" password="${COURT_PASSWORD}";
PROPERTIES

topic() {
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "${KAFKA_BOOTSTRAP}" --command-config "${court}" \
    --create --if-not-exists --replication-factor "${replication}" "$@"
}
acl() {
  /opt/kafka/bin/kafka-acls.sh --bootstrap-server "${KAFKA_BOOTSTRAP}" --command-config "${court}" --add "$@"
}

topic --topic coop.court.warrants --partitions 3
topic --topic coop.directory --partitions 1 --config cleanup.policy=compact
topic --topic _schemas --partitions 1 --config cleanup.policy=compact

acl --allow-principal User:registry --topic _schemas \
  --operation Read --operation Write --operation Describe --operation DescribeConfigs
acl --allow-principal User:registry --group schema-registry --resource-pattern-type prefixed \
  --operation Read --operation Describe

rm -f "${court}"
echo "kafka-setup: court topics, _schemas and the registry's ACLs are in place"

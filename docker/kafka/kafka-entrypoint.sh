#!/bin/sh
# The compose stack's single Kafka node (broker and KRaft controller), in the apache/kafka image.
# The same settings as ./coophub up (cli BrokerSettings): SASL/SCRAM-SHA-512 for clients,
# StandardAuthorizer with no access unless an ACL allows it, super users the broker and the court.
# The SCRAM users broker, court and registry are created when the storage is first formatted, from
#   BROKER_PASSWORD, COURT_PASSWORD, REGISTRY_PASSWORD  (letters and digits only)
#   KAFKA_CLUSTER_ID   the cluster id for that first format (kafka-storage.sh random-uuid)
# An already formatted volume is left as it is (--ignore-formatted): changing a password in .env
# later does not change the user; use kafka-configs.sh --alter --add-config SCRAM-SHA-512=… for that.
set -eu

: "${BROKER_PASSWORD:?BROKER_PASSWORD is not set}"
: "${COURT_PASSWORD:?COURT_PASSWORD is not set}"
: "${REGISTRY_PASSWORD:?REGISTRY_PASSWORD is not set}"
: "${KAFKA_CLUSTER_ID:?KAFKA_CLUSTER_ID is not set}"
replication="${KAFKA_INTERNAL_REPLICATION_FACTOR:-1}"

# the passwords go unquoted into --add-scram and into JAAS strings; the example's placeholder is no password
for variable in BROKER_PASSWORD COURT_PASSWORD REGISTRY_PASSWORD; do
  value="$(printenv "${variable}")"
  case "${value}" in
    replace-me | *[!A-Za-z0-9]*)
      echo "kafka: ${variable} must be letters and digits only, and not the placeholder of docker/.env.example" >&2
      exit 1
      ;;
  esac
done

umask 077
config_dir=/tmp/coophub
mkdir -p "${config_dir}"
server="${config_dir}/server.properties"

scram_jaas() {
  echo "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$1\" password=\"$2\";"
}

cat >"${server}" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:9093
listeners=CLIENT://0.0.0.0:9092,CONTROLLER://127.0.0.1:9093
advertised.listeners=CLIENT://kafka:9092
listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
inter.broker.listener.name=CLIENT
controller.listener.names=CONTROLLER
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.client.sasl.enabled.mechanisms=SCRAM-SHA-512
listener.name.client.scram-sha-512.sasl.jaas.config=$(scram_jaas coophub-broker "${BROKER_PASSWORD}")
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="coophub-broker" password="${BROKER_PASSWORD}" user_coophub-broker="${BROKER_PASSWORD}";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:coophub-broker;User:court
auto.create.topics.enable=false
log.dirs=/var/lib/kafka/data
num.partitions=1
offsets.topic.replication.factor=${replication}
transaction.state.log.replication.factor=${replication}
transaction.state.log.min.isr=${replication}
share.coordinator.state.topic.replication.factor=${replication}
share.coordinator.state.topic.min.isr=${replication}
group.initial.rebalance.delay.ms=0
PROPERTIES

# what the healthcheck logs in with: the broker's own principal
cat >"${config_dir}/healthcheck.properties" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=$(scram_jaas coophub-broker "${BROKER_PASSWORD}")
PROPERTIES

/opt/kafka/bin/kafka-storage.sh format --ignore-formatted \
  --cluster-id "${KAFKA_CLUSTER_ID}" \
  --config "${server}" \
  --add-scram "SCRAM-SHA-512=[name=coophub-broker,password=${BROKER_PASSWORD}]" \
  --add-scram "SCRAM-SHA-512=[name=court,password=${COURT_PASSWORD}]" \
  --add-scram "SCRAM-SHA-512=[name=registry,password=${REGISTRY_PASSWORD}]"

exec /opt/kafka/bin/kafka-server-start.sh "${server}"

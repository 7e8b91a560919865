#!/usr/bin/env bash
# One node of the three-node KRaft cluster (broker and controller; ../shared/STACK.md "Kafka identities and ACLs"):
# writes its configuration from the environment, formats its storage once with the admin's SCRAM user (the
# brokers' own login; kafka-setup.sh adds the other users), and starts. Clients: SASL_PLAINTEXT with SCRAM-SHA-512
# on 9092; controllers: SASL/PLAIN on 9093; 9094 answers only on localhost, for the health check.
set -euo pipefail
config=/tmp/server.properties
cat >"$config" <<PROPERTIES
node.id=$KAFKA_NODE_ID
process.roles=broker,controller
controller.quorum.voters=1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093
listeners=SASL_PLAINTEXT://:9092,CONTROLLER://:9093,HEALTH://127.0.0.1:9094
advertised.listeners=SASL_PLAINTEXT://kafka-$KAFKA_NODE_ID:9092,HEALTH://127.0.0.1:9094
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT,HEALTH:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_PLAINTEXT
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
sasl.mechanism.controller.protocol=PLAIN
listener.name.sasl_plaintext.sasl.enabled.mechanisms=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_PASSWORD_ADMIN";
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="controller" password="$KAFKA_PASSWORD_CONTROLLER" user_controller="$KAFKA_PASSWORD_CONTROLLER";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:admin;User:controller
log.dirs=/var/lib/kafka/data
auto.create.topics.enable=false
default.replication.factor=3
min.insync.replicas=2
offsets.topic.replication.factor=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
PROPERTIES
/opt/kafka/bin/kafka-storage.sh format --ignore-formatted -t "$CLUSTER_ID" -c "$config" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=$KAFKA_PASSWORD_ADMIN]"
exec /opt/kafka/bin/kafka-server-start.sh "$config"

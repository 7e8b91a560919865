// Reads bytes that the project's own serializer (org.demandflow.serde.ConfluentAvroSerializer)
// wrote with Confluent's JavaScript AvroDeserializer, through the registry that holds their schema.
// Not run by Maven. Usage:
//   ./mvnw -B -pl schema-registry -am verify                  # writes schema-registry/target/interop
//   java -jar schema-registry/target/schema-registry-0.1.0-SNAPSHOT-exec.jar \
//        --server.port=8081 --registry.data-dir=schema-registry/target/interop/registry &
//   cd schema-registry/src/test/interop && npm install && REGISTRY_URL=http://127.0.0.1:8081 node project-bytes.js
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { SchemaRegistryClient, AvroDeserializer, SerdeType } = require('@confluentinc/schemaregistry');

const url = process.env.REGISTRY_URL || 'http://127.0.0.1:8081';
const records = JSON.parse(fs.readFileSync(
  process.env.RECORDS || path.resolve(__dirname, '../../../target/interop/records.json'), 'utf8'));

async function main() {
  const client = new SchemaRegistryClient({ baseURLs: [url] });
  const deserializer = new AvroDeserializer(client, SerdeType.VALUE, {});
  const value = await deserializer.deserialize(records.topic, Buffer.from(records.hex, 'hex'));
  const expected = records.expected;
  assert.equal(value.demandId, expected.demandId);
  assert.equal(value.customerId, expected.customerId);
  assert.equal(value.demandType, expected.demandType);
  assert.equal(value.issuingAuthority.agency, expected.agency);
  assert.equal(new Date(value.receivedAt).getTime(), expected.receivedAtMillis);
  console.log(`Confluent's AvroDeserializer read the project's bytes (schema id ${Buffer.from(records.hex, 'hex').readInt32BE(1)}):`);
  console.log(JSON.stringify(value, (k, v) => (typeof v === 'bigint' ? v.toString() : v)));
  console.log('PROJECT BYTES OK');
}

main().catch((e) => {
  console.error('PROJECT BYTES FAILED', e);
  process.exit(1);
});

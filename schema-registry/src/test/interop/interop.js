// Interop check of the Demandflow schema registry with Confluent's own JavaScript client
// (@confluentinc/schemaregistry): registry calls, AvroSerializer/AvroDeserializer against the
// server, and the golden bytes of the golden vectors (written by Confluent's
// serializer with schema id 1, kept in avro-serde's test resources) read back through the server.
// Not run by Maven. Usage, against a fresh, empty registry:
//   npm install && REGISTRY_URL=http://127.0.0.1:8081 node interop.js
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { SchemaRegistryClient, AvroSerializer, AvroDeserializer, SerdeType } = require('@confluentinc/schemaregistry');

const url = process.env.REGISTRY_URL || 'http://127.0.0.1:8081';
const golden = JSON.parse(fs.readFileSync(process.env.GOLDEN || path.resolve(__dirname, '../../../../avro-serde/src/test/resources/confluent-avro-vectors.json'), 'utf8'));

const v1 = { type: 'record', name: 'Ping', namespace: 'org.example.interop', fields: [{ name: 'id', type: 'string' }] };
const v2 = { ...v1, fields: [...v1.fields, { name: 'count', type: 'int', default: 0 }] };
const broken = { ...v1, fields: [...v1.fields, { name: 'extra', type: 'int' }] };
const avro = (schema) => ({ schemaType: 'AVRO', schema: JSON.stringify(schema) });

async function expectError(promise, errorCode) {
  await assert.rejects(promise, (e) => e.errorCode === errorCode || (console.log('  got', e), false));
}

async function main() {
  const client = new SchemaRegistryClient({ baseURLs: [url] });

  // The golden schema first, so that it gets id 1 like in the golden vectors.
  const goldenId = await client.register(golden.subject, avro(golden.schema));
  assert.equal(goldenId, 1, 'run against a fresh, empty registry');
  const deserializer = new AvroDeserializer(client, SerdeType.VALUE, {});
  for (const vector of golden.vectors) {
    const value = await deserializer.deserialize('golden-probe', Buffer.from(vector.hex, 'hex'));
    assert.equal(value.id, vector.value.id);
    assert.equal(value.kind, vector.value.kind);
    assert.deepEqual(value.tags, vector.value.tags);
    assert.equal(Buffer.from(value.raw).toString('hex'), vector.value.raw);
  }
  console.log(`golden: ${golden.vectors.length} records written by Confluent's serializer read back through the registry`);

  const id1 = await client.register('ping-value', avro(v1));
  const id2 = await client.register('ping-value', avro(v2));
  assert.equal(await client.register('other-value', avro(v1)), id1, 'same schema, same id across subjects');
  console.log(`register: v1 id ${id1}, v2 id ${id2}, v1 under another subject id ${id1}`);

  const latest = await client.getLatestSchemaMetadata('ping-value');
  assert.equal(latest.version, 2);
  assert.equal(latest.id, id2);
  assert.deepEqual(await client.getAllVersions('ping-value'), [1, 2]);
  assert.equal(await client.getId('ping-value', avro(v1)), id1);
  assert.equal(await client.getVersion('ping-value', avro(v1)), 1);
  assert.deepEqual(JSON.parse((await client.getBySubjectAndId('ping-value', id2)).schema), v2);
  assert.ok((await client.getAllSubjects()).includes('ping-value'));
  console.log(`look-ups: latest version ${latest.version} id ${latest.id}, versions [1,2], ids by schema and schemas by id`);

  assert.equal(await client.testCompatibility('ping-value', 2, avro(broken)), false);
  assert.equal(await client.testCompatibility('ping-value', 2, avro(v1)), true);
  await expectError(client.register('ping-value', avro(broken)), 409);
  await expectError(client.register('ping-value', { schemaType: 'AVRO', schema: '{"type": "nonsense"}' }), 42201);
  await expectError(client.getLatestSchemaMetadata('nobody-value'), 40401);
  await expectError(client.getSchemaMetadata('ping-value', 9), 40402);
  console.log('compatibility: incompatible schema refused with 409, invalid 42201, unknown 40401/40402');

  assert.equal(await client.getDefaultCompatibility(), 'BACKWARD');
  assert.equal(await client.updateCompatibility('ping-value', 'FULL'), 'FULL');
  assert.equal(await client.getCompatibility('ping-value'), 'FULL');
  console.log('config: default BACKWARD, subject level set to FULL and read back');

  const serializer = new AvroSerializer(client, SerdeType.VALUE, { useLatestVersion: true });
  const bytes = await serializer.serialize('ping', { id: 'demand-1', count: 7 });
  assert.equal(bytes[0], 0);
  assert.equal(bytes.readInt32BE(1), id2);
  const back = await deserializer.deserialize('ping', bytes);
  assert.deepEqual({ ...back }, { id: 'demand-1', count: 7 });
  console.log(`serde: AvroSerializer wrote ${bytes.toString('hex')} (id ${id2}); AvroDeserializer read ${JSON.stringify(back)}`);

  // With auto-registration the JS serializer infers a schema from the value (an anonymous
  // record): it is registered under the topic's subject and read back; a second serializer
  // registering the same inferred schema gets the same id.
  const autoBytes = await new AvroSerializer(client, SerdeType.VALUE, { autoRegisterSchemas: true }).serialize('auto', { id: 'x' });
  const autoAgain = await new AvroSerializer(client, SerdeType.VALUE, { autoRegisterSchemas: true }).serialize('auto', { id: 'x' });
  assert.deepEqual(autoAgain, autoBytes);
  assert.deepEqual({ ...(await deserializer.deserialize('auto', autoBytes)) }, { id: 'x' });
  assert.deepEqual(await client.getAllVersions('auto-value'), [1]);
  console.log(`serde: auto-registered an inferred schema as id ${autoBytes.readInt32BE(1)}, stable on a second registration`);
  console.log('INTEROP OK');
}

main().catch((e) => {
  console.error('INTEROP FAILED', e);
  process.exit(1);
});

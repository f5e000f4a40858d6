// Drives the CoopHub schema registry with Confluent's own JavaScript client, unchanged.
// usage: node interop.mjs <registry-url> <schema.avsc> [user] [password] [java-bytes.b64]
// java-bytes.b64: a CourtMessage written by CoopHub's Java serializer on coop.FRA.requests, base64
// prints one JSON line with what the client saw; exits non-zero on any error.
import { readFileSync } from 'node:fs';
import {
  AvroDeserializer,
  AvroSerializer,
  SchemaRegistryClient,
  SerdeType,
} from '@confluentinc/schemaregistry';

const [url, schemaFile, user, password, javaBytesFile] = process.argv.slice(2);
const topic = 'coop.court.warrants';
const subject = `${topic}-value`; // the serde's default TopicNameStrategy

const config = { baseURLs: [url], maxRetries: 0 };
if (user) {
  config.basicAuthCredentials = { credentialsSource: 'USER_INFO', userInfo: `${user}:${password}` };
}
const client = new SchemaRegistryClient(config);

const schema = readFileSync(schemaFile, 'utf8');
const parsed = JSON.parse(schema);
const withOptionalField = {
  ...parsed,
  fields: [...parsed.fields, { name: 'courtroom', type: ['null', 'string'], default: null }],
};
const withRequiredField = {
  ...parsed,
  fields: [...parsed.fields, { name: 'judge', type: 'string' }],
};

const id = await client.register(subject, { schemaType: 'AVRO', schema });
const idAgain = await client.register(subject, { schemaType: 'AVRO', schema: JSON.stringify(parsed) });
const byId = await client.getBySubjectAndId(subject, id);
const latest = await client.getLatestSchemaMetadata(subject);
const byVersion = await client.getSchemaMetadata(subject, latest.version);
const lookedUpId = await client.getId(subject, { schemaType: 'AVRO', schema });
const versions = await client.getAllVersions(subject);
const subjects = await client.getAllSubjects();
const compatibleWithOptionalField = await client.testSubjectCompatibility(subject, {
  schemaType: 'AVRO',
  schema: JSON.stringify(withOptionalField),
});
const compatibleWithRequiredField = await client.testCompatibility(subject, latest.version, {
  schemaType: 'AVRO',
  schema: JSON.stringify(withRequiredField),
});
const compatibility = await client.getDefaultCompatibility();

const warrant = {
  messageId: '5f0c4a4e-1111-4c1e-9d7a-0a0b0c0d0e0f',
  warrantId: 'ICC-01/04-02/06-36',
  kind: 'PERSON_ARRESTED',
  occurredAt: 1767225600000,
  recordedAt: 1767225660000,
  personReference: 'P-0042',
  personName: null,
  situation: 'Situation in the Democratic Republic of the Congo',
  caseReference: null,
  party: 'FRA',
  underSeal: false,
  note: null,
};
const serializer = new AvroSerializer(client, SerdeType.VALUE, {
  autoRegisterSchemas: false,
  useLatestVersion: true,
});
const bytes = await serializer.serialize(topic, warrant);
// a fresh client: the deserializer must fetch the writer's schema by id from the registry
const reader = new SchemaRegistryClient({ baseURLs: [url], maxRetries: 0 });
const deserializer = new AvroDeserializer(reader, SerdeType.VALUE, {});
const decoded = await deserializer.deserialize(topic, bytes);

// the other direction: a record CoopHub's Java serializer wrote, read by Confluent's deserializer
let javaDecoded = null;
if (javaBytesFile) {
  const javaBytes = Buffer.from(readFileSync(javaBytesFile, 'utf8').trim(), 'base64');
  const fresh = new SchemaRegistryClient({ baseURLs: [url], maxRetries: 0 });
  const request = await new AvroDeserializer(fresh, SerdeType.VALUE, {}).deserialize('coop.FRA.requests', javaBytes);
  javaDecoded = JSON.parse(
    JSON.stringify(request, (key, value) => (typeof value === 'bigint' ? value.toString() : value)),
  );
}

console.log(
  JSON.stringify({
    id,
    idAgain,
    lookedUpId,
    byIdSchema: byId.schema,
    latest: { subject: latest.subject, version: latest.version, id: latest.id },
    byVersion: { version: byVersion.version, id: byVersion.id },
    versions,
    subjects,
    compatibleWithOptionalField,
    compatibleWithRequiredField,
    compatibility,
    bytes: Buffer.from(bytes).toString('base64'),
    decoded,
    javaDecoded,
  }),
);

// Validates every Kubernetes document under the given directory against the
// JSON schemas of its kind (kubernetes-models: the API server's OpenAPI
// schemas, and those of the Strimzi, CloudNativePG, KEDA and Prometheus
// Operator CRDs), offline. Prints one JSON line per document:
// { file, apiVersion, kind, name, error? }. Exits 1 if any is invalid.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';

const modules = {
  v1: 'kubernetes-models/v1',
  'apps/v1': 'kubernetes-models/apps/v1',
  'batch/v1': 'kubernetes-models/batch/v1',
  'policy/v1': 'kubernetes-models/policy/v1',
  'autoscaling/v2': 'kubernetes-models/autoscaling/v2',
  'networking.k8s.io/v1': 'kubernetes-models/networking.k8s.io/v1',
  'keda.sh/v1alpha1': '@kubernetes-models/keda/keda.sh/v1alpha1',
  'monitoring.coreos.com/v1': '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1',
  'kafka.strimzi.io/v1beta2': '@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1beta2',
  'postgresql.cnpg.io/v1': '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1',
};

function yamlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

const root = process.argv[2];
let failed = false;
for (const file of yamlFiles(root).sort()) {
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const doc = document.toJS();
    if (!doc) continue;
    const result = {
      file: relative(root, file),
      apiVersion: doc.apiVersion,
      kind: doc.kind,
      name: doc.metadata?.name,
    };
    if (document.errors.length) result.error = document.errors.map((e) => e.message).join('; ');
    else if (doc.kind === 'Kustomization') result.skipped = 'kustomize configuration';
    else if (!modules[doc.apiVersion]) result.error = `no schema known for ${doc.apiVersion}`;
    else {
      const models = await import(modules[doc.apiVersion]);
      const Model = models[doc.kind];
      if (!Model) result.error = `no ${doc.kind} in ${doc.apiVersion}`;
      else {
        try {
          new Model(doc).validate();
        } catch (error) {
          result.error = error.message;
        }
      }
    }
    if (result.error) failed = true;
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
}
process.exit(failed ? 1 : 0);

// The Kubernetes manifests (deploy/kubernetes) validated offline: every
// document against the schema of its kind, and what the issue asks of a
// cluster deployment: probes, resources, autoscaling, disruption budgets,
// network policies, secrets from the cluster, migrations as jobs, Strimzi
// and CloudNativePG resources, and monitoring that matches infra/observability.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { parseAllDocuments } = require('yaml');

const root = path.join(__dirname, '..');
const manifests = path.join(root, 'deploy', 'kubernetes');
const base = path.join(manifests, 'base');

function validate(dir) {
  const run = spawnSync(
    process.execPath,
    [path.join(__dirname, 'kubernetes', 'validate-manifests.mjs'), dir],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  const results = run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  return { status: run.status, results, stderr: run.stderr };
}

function load(file) {
  return parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map((d) => d.toJS())
    .filter(Boolean);
}

const kustomization = load(path.join(base, 'kustomization.yaml'))[0];
const resources = kustomization.resources.flatMap((file) => load(path.join(base, file)));
const ofKind = (kind) => resources.filter((r) => r.kind === kind);
const workloads = [...ofKind('Deployment'), ...ofKind('StatefulSet')];
const subgraphs = ['lead', 'account', 'order', 'planning', 'notification'];
const matches = (selector, labels) =>
  Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v) &&
  (selector.matchExpressions ?? []).every(
    (e) => e.operator === 'In' && e.values.includes(labels[e.key]),
  );

describe('Kubernetes manifests', () => {
  it('validate against the schemas of their kinds (Kubernetes, Strimzi, CloudNativePG, KEDA, Prometheus Operator)', () => {
    const { status, results, stderr } = validate(manifests);
    expect(stderr).toBe('');
    expect(results.filter((r) => r.error)).toEqual([]);
    expect(status).toBe(0);
    const kinds = new Set(results.map((r) => r.kind));
    for (const kind of [
      'Deployment',
      'StatefulSet',
      'Service',
      'PodDisruptionBudget',
      'HorizontalPodAutoscaler',
      'ScaledObject',
      'NetworkPolicy',
      'Job',
      'Kafka',
      'KafkaNodePool',
      'KafkaTopic',
      'Cluster',
      'Database',
      'PodMonitor',
      'PrometheusRule',
    ])
      expect(kinds).toContain(kind);
  });

  it('the validator catches a broken manifest (it is not a formality)', () => {
    const { status, results } = validate(path.join(__dirname, 'fixtures', 'kubernetes-invalid'));
    expect(status).toBe(1);
    expect(results[0].error).toMatch(/replicas/);
  });

  it('lists every manifest in the kustomization, and every listed file exists', () => {
    const onDisk = (dir) =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory() ? onDisk(path.join(dir, e.name)) : [path.join(dir, e.name)],
        );
    const yamlOnDisk = onDisk(base)
      .filter((f) => f.endsWith('.yaml') && !f.endsWith('kustomization.yaml'))
      .map((f) => path.relative(base, f))
      .sort();
    expect([...kustomization.resources].sort()).toEqual(yamlOnDisk);
    const overlay = load(path.join(manifests, 'overlays', 'production', 'kustomization.yaml'))[0];
    expect(overlay.resources).toEqual(['../../base']);
    for (const patch of overlay.patches)
      expect(fs.existsSync(path.join(manifests, 'overlays', 'production', patch.path))).toBe(true);
    const images = new Set(
      workloads.flatMap((w) => w.spec.template.spec.containers.map((c) => c.image.split(':')[0])),
    );
    expect(new Set(overlay.images.map((i) => i.name))).toEqual(images);
  });

  it('wires every process to /health/live and /health/ready, with resource requests and limits', () => {
    for (const workload of workloads) {
      for (const container of workload.spec.template.spec.containers) {
        const where = `${workload.metadata.name}/${container.name}`;
        expect({ where, requests: container.resources?.requests }).toEqual({
          where,
          requests: { cpu: expect.any(String), memory: expect.any(String) },
        });
        expect({ where, limits: container.resources?.limits }).toEqual({
          where,
          limits: { cpu: expect.any(String), memory: expect.any(String) },
        });
        if (workload.metadata.name === 'workbench') continue; // static files: nginx answers /
        expect({ where, live: container.livenessProbe.httpGet.path }).toEqual({
          where,
          live: '/health/live',
        });
        expect({ where, ready: container.readinessProbe.httpGet.path }).toEqual({
          where,
          ready: '/health/ready',
        });
        expect(container.ports.map((p) => p.name)).toEqual(['http', 'metrics']);
      }
    }
  });

  it('autoscales: subgraphs by CPU and the lag of their consumer group (KEDA), the rest by CPU', () => {
    for (const name of subgraphs) {
      const scaled = ofKind('ScaledObject').find((s) => s.spec.scaleTargetRef.name === name);
      expect(scaled.spec.minReplicaCount).toBeGreaterThanOrEqual(2);
      const types = scaled.spec.triggers.map((t) => t.type);
      expect(types).toContain('cpu');
      const groups = scaled.spec.triggers
        .filter((t) => t.type === 'kafka')
        .map((t) => t.metadata.consumerGroup);
      // Every consumer of a service reads through its one group (SharedConsumer).
      expect(groups).toEqual([`${name}.consumers`]);
    }
    const hpaTargets = ofKind('HorizontalPodAutoscaler')
      .map((h) => h.spec.scaleTargetRef.name)
      .sort();
    expect(hpaTargets).toEqual(['gateway', 'order-admin', 'workbench']);
  });

  it('keeps at least one instance of every workload through voluntary disruptions', () => {
    for (const workload of workloads) {
      const labels = workload.spec.template.metadata.labels;
      const budget = ofKind('PodDisruptionBudget').find((p) => matches(p.spec.selector, labels));
      expect({ workload: workload.metadata.name, minAvailable: budget?.spec.minAvailable }).toEqual(
        {
          workload: workload.metadata.name,
          minAvailable: 1,
        },
      );
      expect(workload.spec.replicas).toBeGreaterThanOrEqual(2);
    }
  });

  it('lets only the gateway reach the subgraphs', () => {
    const policies = ofKind('NetworkPolicy');
    const defaultDeny = policies.find(
      (p) => Object.keys(p.spec.podSelector).length === 0 && p.spec.ingress.length === 0,
    );
    expect(defaultDeny?.spec.policyTypes).toEqual(['Ingress']);
    for (const name of subgraphs) {
      const labels = resources.find((r) => r.kind === 'Deployment' && r.metadata.name === name).spec
        .template.metadata.labels;
      const rules = policies
        .filter((p) => matches(p.spec.podSelector, labels))
        .flatMap((p) => p.spec.ingress.map((rule) => ({ policy: p.metadata.name, rule })));
      const onHttp = rules.filter(({ rule }) => rule.ports?.some((port) => port.port === 'http'));
      expect(onHttp.map(({ rule }) => rule.from)).toEqual([
        [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'gateway' } } }],
      ]);
      // Anything else reaching a subgraph is the metrics port, from the monitoring namespace.
      expect(
        rules
          .filter(({ rule }) => !onHttp.some((r) => r.rule === rule))
          .map(({ rule }) => rule.ports),
      ).toEqual([[{ port: 'metrics', protocol: 'TCP' }]]);
    }
  });

  it('takes secrets from the cluster: no Secret and no secret value in the manifests', () => {
    expect(ofKind('Secret')).toEqual([]);
    const text = kustomization.resources
      .map((f) => fs.readFileSync(path.join(base, f), 'utf8'))
      .join('\n');
    expect(text).not.toMatch(/PRIVATE_JWK\s*\n\s*value:|password:\s*\S|"d":/);
    const refs = workloads
      .concat(ofKind('Job'))
      .flatMap((w) => w.spec.template.spec.containers.flatMap((c) => c.env ?? []))
      .filter((e) => e.valueFrom?.secretKeyRef)
      .map((e) => `${e.name}<-${e.valueFrom.secretKeyRef.name}`);
    for (const name of subgraphs) expect(refs).toContain(`DATABASE_URL<-salesgraph-${name}-db`);
    expect(refs).toContain('INTERNAL_TOKEN_PRIVATE_JWK<-salesgraph-internal-token');
  });

  it('migrates each database in a job, and the services wait for it', () => {
    for (const name of subgraphs) {
      const job = ofKind('Job').find((j) => j.metadata.name === `${name}-migrate`);
      expect(job.spec.template.spec.containers[0].command).toEqual([
        'node',
        `services/${name}/dist/scripts/migrate.js`,
      ]);
      expect(fs.existsSync(path.join(root, 'services', name, 'src', 'scripts', 'migrate.ts'))).toBe(
        true,
      );
      const deployment = ofKind('Deployment').find((d) => d.metadata.name === name);
      expect(deployment.spec.template.spec.containers[0].env).toContainEqual({
        name: 'DATABASE_MIGRATE_ON_START',
        value: 'false',
      });
    }
  });

  it('declares Kafka (Strimzi) with every topic and dead-letter topic, and PostgreSQL (CloudNativePG) with a database per service', () => {
    const { Topics } = require('../packages/events/dist/topics');
    const topics = ofKind('KafkaTopic')
      .map((t) => t.spec.topicName)
      .sort();
    const expected = Object.values(Topics)
      .flatMap((t) => [t, `${t}.dlq`])
      .sort();
    expect(topics).toEqual(expected);
    for (const topic of ofKind('KafkaTopic')) expect(topic.spec.config['retention.ms']).toBe(-1);
    expect(ofKind('Kafka')[0].spec.kafka.config['auto.create.topics.enable']).toBe(false);
    expect(
      ofKind('Database')
        .map((d) => [d.spec.name, d.spec.owner])
        .sort(),
    ).toEqual(subgraphs.map((s) => [s, `${s}_svc`]).sort());
    const cluster = ofKind('Cluster')[0];
    expect(cluster.spec.instances).toBeGreaterThanOrEqual(3);
  });

  it('monitors with the same alert rules and dashboard as infra/observability, naming only series the processes export', () => {
    const alerts = load(path.join(root, 'infra', 'observability', 'prometheus', 'alerts.yml'))[0];
    expect(ofKind('PrometheusRule')[0].spec.groups).toEqual(alerts.groups);
    const dashboard = fs.readFileSync(
      path.join(root, 'infra', 'observability', 'grafana', 'dashboards', 'salesgraph.json'),
      'utf8',
    );
    expect(fs.readFileSync(path.join(base, 'monitoring', 'salesgraph.json'), 'utf8')).toBe(
      dashboard,
    );

    const { PlatformMetrics } = require('../packages/observability/dist');
    const metrics = new PlatformMetrics('check');
    const none = async () => undefined;
    metrics.state.watchOutbox(none);
    metrics.state.watchConsumerLag(none);
    metrics.state.watchDeadLetterTopics(none);
    metrics.state.watchDatabasePool(none);
    const exported = new Set(
      metrics.registry
        .getMetricsAsArray()
        .flatMap((m) =>
          m.type === 'histogram'
            ? [`${m.name}_bucket`, `${m.name}_count`, `${m.name}_sum`]
            : [m.name],
        ),
    );
    exported.add('up');
    const expressions = [
      ...alerts.groups.flatMap((g) => g.rules.map((r) => r.expr)),
      ...JSON.parse(dashboard).panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr)),
    ];
    const named = new Set(
      expressions.flatMap(
        (e) =>
          e.match(
            /\b(salesgraph_[a-z_]+|nodejs_[a-z0-9_]+|process_[a-z_]+|up)(?=\{|\[|\)|\s|$)/g,
          ) ?? [],
      ),
    );
    expect([...named].filter((n) => !exported.has(n))).toEqual([]);
    expect(named.size).toBeGreaterThan(15);
    const scraped = load(
      path.join(root, 'infra', 'observability', 'prometheus', 'prometheus.yml'),
    )[0];
    expect(scraped.scrape_configs[0].static_configs.map((c) => c.targets[0]).sort()).toEqual([
      'account:9464',
      'gateway:9464',
      'lead:9464',
      'order-admin:9464',
      'order:9464',
      'planning:9464',
    ]);
  });
});

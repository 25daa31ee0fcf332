// `node bench/explorations/set-based-intake.cjs [leads] [batch] [rounds]` (after `npm run build`,
// with SALESGRAPH_PG_ADMIN_URL set, as `source .infra/env.sh` does): what PostgreSQL alone spends on
// a marketing lead's rows when a batch is written by SQL statements that do everything (issue 17's
// question of what stands between lead ingest and 10,000 leads/s). No service, no Kafka: one client
// on a scratch database migrated like the lead service's, dropped at the end. Each batch, in one
// transaction, as the intake stores it: its inbox rows; its records de-duplicated against stored
// leads (external id, e-mail, domain with contact name); each new lead given an owner by the rules'
// territories and round robin; the lead, its consent decision, its subject key and its outbox rows
// (with the position lock the outbox takes) inserted; the rotation saved. Caps are not counted.
// Variants, taking turns: three outbox rows a lead (LeadCaptured, LeadConsentChanged, LeadAssigned);
// one (LeadCaptured alone); three with the owner written by an update after the insert, as the
// intake does today; three without the trigram search index. Prints microseconds a lead of
// wall time, which on an idle machine is PostgreSQL's CPU.
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { URL } = require('node:url');
const root = path.resolve(__dirname, '../..');
require(require.resolve('reflect-metadata', { paths: [path.join(root, 'services/lead')] }));
const { Client } = require(require.resolve('pg', { paths: [root] }));
const { DataSource } = require(require.resolve('typeorm', { paths: [root] }));
const { leadMigrations } = require(path.join(root, 'services/lead/dist/data-source'));
const { messagingMigrations } = require(
  require.resolve('@salesgraph/messaging', { paths: [path.join(root, 'services/lead')] }),
);

const [leads = 16000, batch = 300, rounds = 3] = process.argv.slice(2).map(Number);
const admin = process.env.SALESGRAPH_PG_ADMIN_URL;
if (!admin) throw new Error('SALESGRAPH_PG_ADMIN_URL is not set (source .infra/env.sh)');
const scratch = `scratch_set_based_${process.pid}`;
const scratchUrl = Object.assign(new URL(admin), { pathname: `/${scratch}` }).toString();
const north = '00000000-0000-4000-8000-00000000000a';
const south = '00000000-0000-4000-8000-00000000000b';
const countries = ['DE', 'AT', 'CH', 'FR', 'IT', 'ES', 'PT'];
/** About the size of a sealed outbox payload's personal fields. */
const pad = 'x'.repeat(500);

const captured = `('lead.LeadCaptured.v1', jsonb_build_object('leadId', i.id, 'company', i.company,
   'contactName', i.contact_name, 'country', i.country, 'externalId', i.external_id,
   'origin', 'MARKETING', 'source', 'web-form', 'pad', $3::text))`;
const consentChanged = `('lead.LeadConsentChanged.v1', jsonb_build_object('leadId', i.id,
   'channels', '["EMAIL","PHONE","VISIT","MARKETING"]'::jsonb, 'given', true, 'pad', $3::text))`;
const assigned = `('lead.LeadAssigned.v1', jsonb_build_object('leadId', i.id, 'ownerId', i.owner_id,
   'teamId', i.team_id, 'ruleId', i.assignment_rule_id, 'assignedBy', 'RULE', 'reason', 'round robin'))`;

/** The batch's leads, from their records to their outbox rows, in one statement. */
function storeBatchSql(events) {
  return `WITH s AS (
      SELECT x.ext, x.ord, 'Bench ' || x.ext || ' GmbH' AS company, 'Alex ' || x.ext AS contact,
             'alex@' || x.ext || '.bench.example' AS email, x.ext || '.bench.example' AS domain,
             ($2::text[])[1 + x.ord % 7] AS country
        FROM unnest($1::text[]) WITH ORDINALITY AS x(ext, ord)
    ), fresh AS (
      SELECT s.*, gen_random_uuid() AS id FROM s
       WHERE NOT EXISTS (SELECT 1 FROM lead l WHERE l.external_id = s.ext)
         AND NOT EXISTS (SELECT 1 FROM lead l WHERE lower(l.email) = lower(s.email) AND l.superseded_by_id IS NULL)
         AND NOT EXISTS (SELECT 1 FROM lead l WHERE lower(l.company_domain) = lower(s.domain)
                          AND l.contact_name_key = lower(s.contact) AND l.superseded_by_id IS NULL)
    ), ruled AS (
      SELECT f.*, r.team_id, r.id AS rule_id, row_number() OVER (PARTITION BY r.team_id ORDER BY f.ord) AS k
        FROM fresh f
        LEFT JOIN LATERAL (SELECT * FROM assignment_rule r WHERE r.active AND f.country = ANY (r.countries)
                            ORDER BY r.priority LIMIT 1) r ON true
    ), owned AS (
      SELECT ru.*, t.reps[1 + ((array_position(t.reps, c.last_user_id) + ru.k - 1) % cardinality(t.reps))] AS owner_id
        FROM ruled ru JOIN team_reps t USING (team_id) JOIN assignment_cursor c USING (team_id)
    ), ins AS (
      INSERT INTO lead (id, company, contact_name, email, status, owner_id, source, origin, external_id, campaign,
                        company_domain, country, consent_to_contact, captured_at, team_id, assignment_rule_id, assigned_at)
      SELECT id, company, contact, email, 'NEW', CASE WHEN $4 THEN owner_id END, 'web-form', 'MARKETING', ext, 'c',
             domain, country, true, now(), CASE WHEN $4 THEN team_id END, CASE WHEN $4 THEN rule_id END,
             CASE WHEN $4 THEN now() END
        FROM owned ORDER BY lower(email)
      ON CONFLICT DO NOTHING
      RETURNING id, owner_id, team_id, assignment_rule_id, external_id, company, contact_name, country
    ), consent AS (
      INSERT INTO lead_consent (id, lead_id, given, source, recorded_by, effective_at, recorded_at, channels)
      SELECT gen_random_uuid(), id, true, 'MARKETING_FORM', 'lead', now(), now(), '{EMAIL,PHONE,VISIT,MARKETING}' FROM ins
    ), keys AS (
      INSERT INTO privacy_subject_key (subject_id, owner, key)
      SELECT 'lead:' || id, 'lead', decode(md5(id::text) || md5(external_id), 'hex') FROM ins
    )
    INSERT INTO outbox_message (id, aggregate_type, aggregate_id, event_type, topic, payload, actor_id,
                                correlation_id, position_final)
    SELECT gen_random_uuid(), 'Lead', i.id::text, e.type, 'lead', e.payload, 'lead', gen_random_uuid()::text,
           pg_try_advisory_xact_lock(hashtextextended('outbox:Lead:' || i.id::text, 0))
      FROM ins i CROSS JOIN LATERAL (VALUES ${events.join(', ')}) e(type, payload)`;
}

async function run(client, variant) {
  await client.query(`TRUNCATE lead, lead_consent, outbox_message, outbox_pending, inbox_message,
                        privacy_subject_key, assignment_cursor CASCADE`);
  await client.query(
    `INSERT INTO assignment_cursor (team_id, last_user_id, updated_at) VALUES ($1, 'u-rep2', now()), ($2, 'u-rep4', now())`,
    [north, south],
  );
  // The migration's trigram index, or none.
  await client.query('DROP INDEX IF EXISTS ix_lead_search');
  if (variant.trigram)
    await client.query(`CREATE INDEX ix_lead_search ON lead USING gin (lower(
      COALESCE(company, '') || ' ' || COALESCE(contact_name, '') || ' ' || COALESCE(email, '') || ' ' ||
      COALESCE(company_domain, '')) gin_trgm_ops)`);
  const sql = storeBatchSql(variant.events);
  const started = performance.now();
  for (let from = 0; from < leads; from += batch) {
    const ids = Array.from({ length: Math.min(batch, leads - from) }, (_, i) => `lead-${from + i}`);
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO inbox_message (consumer, event_id, event_type, topic, partition, "offset")
       SELECT 'lead.marketing-intake', gen_random_uuid(), 'marketing.LeadCaptured', 'marketing', 0, o
         FROM unnest($1::bigint[]) o`,
      [ids.map((_, i) => from + i)],
    );
    await client.query(sql, [ids, countries, pad, !variant.ownerLater]);
    // As the intake does today: stored without owner, then given one, a second version of each row
    // (owner_id is indexed, so never a HOT update). The owner given does not change what it costs.
    if (variant.ownerLater)
      await client.query(
        `UPDATE lead SET owner_id = 'u-rep', team_id = $2, assigned_at = now(), unassigned_reason = NULL
          WHERE external_id = ANY($1::text[])`,
        [ids, north],
      );
    await client.query(
      `UPDATE assignment_cursor c SET last_user_id = x.owner_id, updated_at = now()
         FROM (SELECT DISTINCT ON (l.team_id) l.team_id, l.owner_id
                 FROM unnest($1::text[]) WITH ORDINALITY AS b(ext, n) JOIN lead l ON l.external_id = b.ext
                ORDER BY l.team_id, b.n DESC) x
        WHERE c.team_id = x.team_id`,
      [ids],
    );
    await client.query('COMMIT');
  }
  const micros = ((performance.now() - started) * 1000) / leads;
  const { rows } = await client.query(
    'SELECT (SELECT count(*)::int FROM lead) AS stored, (SELECT count(*)::int FROM outbox_message) AS events',
  );
  if (rows[0].stored !== leads || rows[0].events !== leads * variant.events.length)
    throw new Error(`${variant.name}: ${JSON.stringify(rows[0])} stored, ${leads} leads expected`);
  return Math.round(micros);
}

async function main() {
  const adminClient = new Client({ connectionString: admin });
  await adminClient.connect();
  await adminClient.query(`CREATE DATABASE ${scratch}`);
  try {
    const migrations = [...messagingMigrations, ...leadMigrations];
    const dataSource = new DataSource({ type: 'postgres', url: scratchUrl, migrations });
    await dataSource.initialize();
    await dataSource.runMigrations();
    await dataSource.destroy();
    const client = new Client({ connectionString: scratchUrl });
    // Ended by the scratch database's drop if a run fails: that run's error is the one to report.
    client.on('error', () => undefined);
    await client.connect();
    await client.query(
      `INSERT INTO assignment_rule (id, name, priority, team_id, countries, created_by, updated_by) VALUES
         (gen_random_uuid(), 'DACH', 10, $1, '{DE,AT,CH}', 'bench', 'bench'),
         (gen_random_uuid(), 'Southern Europe', 20, $2, '{FR,IT,ES,PT}', 'bench', 'bench')`,
      [north, south],
    );
    await client.query('CREATE TEMP TABLE team_reps (team_id uuid PRIMARY KEY, reps text[])');
    await client.query(
      `INSERT INTO team_reps VALUES ($1, '{u-rep,u-rep2}'), ($2, '{u-rep3,u-rep4}')`,
      [north, south],
    );
    const variants = [
      {
        name: 'three outbox rows a lead',
        events: [captured, consentChanged, assigned],
        trigram: true,
      },
      { name: 'one outbox row a lead', events: [captured], trigram: true },
      {
        name: 'three, the owner written by a second update',
        events: [captured, consentChanged, assigned],
        trigram: true,
        ownerLater: true,
      },
      {
        name: 'three, without the trigram index',
        events: [captured, consentChanged, assigned],
        trigram: false,
      },
    ];
    const figures = new Map(variants.map((v) => [v.name, []]));
    // Untimed first: the first round on a fresh database read 15 to 30 % above the next ones.
    await run(client, variants[0]);
    for (let round = 0; round < rounds; round++)
      for (const variant of variants) figures.get(variant.name).push(await run(client, variant));
    await client.end();
    console.log(`${leads} leads in batches of ${batch}, microseconds a lead by round:`);
    for (const [name, micros] of figures) console.log(`  ${name}: ${micros.join(', ')}`);
  } finally {
    await adminClient.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await adminClient.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

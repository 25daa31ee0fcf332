import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@salesgraph/testing';
import { AfterLoad, Column, Entity, In, type DataSource } from 'typeorm';
import {
  createDataSource,
  entitiesByKeys,
  entitiesByKeysTogether,
  insertRows,
  serviceCommand,
  Stored,
  systemClock,
  TrackedEntity,
} from '../../src';

class Place {
  @Column({ type: 'text', nullable: true })
  city: string | null;
}

@Entity({ name: 'gadget' })
class Gadget extends TrackedEntity {
  @Stored.id()
  ownerId: string;

  @Stored.text()
  name: string;

  @Stored.boolean({ nullable: true })
  active: boolean | null;

  @Stored.money()
  price: string;

  @Stored.dateTime({ nullable: true })
  seenAt: Date | null;

  @Stored.date({ nullable: true })
  due: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;

  @Column({ type: 'text', select: false, nullable: true })
  secret: string | null;

  @Column(() => Place)
  place: Place;
}

@Entity({ name: 'listened' })
class Listened extends TrackedEntity {
  @Stored.id()
  ownerId: string;

  loaded = false;

  @AfterLoad()
  markLoaded(): void {
    this.loaded = true;
  }
}

const ddl = `
CREATE TABLE gadget (
  id uuid PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL,
  owner_id uuid NOT NULL,
  name text NOT NULL,
  active boolean,
  price numeric(21,6) NOT NULL,
  seen_at timestamptz,
  due date,
  tags text[] NOT NULL DEFAULT '{}',
  details jsonb,
  secret text,
  place_city text);
CREATE INDEX ix_gadget_owner ON gadget (owner_id);
CREATE TABLE listened (
  id uuid PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL,
  owner_id uuid NOT NULL)`;

function gadget(ownerId: string, name: string, overrides: Partial<Gadget> = {}): Gadget {
  return Object.assign(new Gadget(), {
    id: randomUUID(),
    ownerId,
    name,
    active: true,
    price: '19.990000',
    seenAt: new Date('2026-03-01T10:15:30.123Z'),
    due: '2026-04-30',
    tags: ['a "quoted", tag', '{braces}'],
    details: { nested: [1, 'two', null] },
    secret: 'not read',
    place: Object.assign(new Place(), { city: 'Tartu' }),
    ...overrides,
  });
}

describe('entitiesByKeys', () => {
  let database: TestDatabase;
  let source: DataSource;
  const [ann, bob, cy] = [randomUUID(), randomUUID(), randomUUID()];

  beforeAll(async () => {
    database = await createTestDatabase('entities-by-keys');
    source = createDataSource({
      url: database.url,
      entities: [Gadget, Listened],
      migrations: [],
      applicationName: 'entities-by-keys-test',
    });
    await source.initialize();
    await source.query(ddl);
    await insertRows(source.manager, Gadget, [
      gadget(ann, 'b', { price: '5.5' }),
      gadget(ann, 'a', { active: null, seenAt: null, due: null, details: null }),
      gadget(bob, 'c', { place: Object.assign(new Place(), { city: null }), tags: [] }),
      gadget(bob, 'c', { price: '0.000001' }),
      gadget(cy, 'z'),
    ]);
    await insertRows(source.manager, Listened, [
      Object.assign(new Listened(), { id: randomUUID(), ownerId: ann }),
    ]);
  });

  afterAll(async () => {
    await source?.destroy();
    await database?.drop();
  });

  it('answers what TypeORM’s find answers: the same entities, values and order', async () => {
    const ours = await entitiesByKeys(
      source.manager,
      Gadget,
      'ownerId',
      [ann, bob],
      [
        ['ownerId', 'ASC'],
        ['name', 'DESC'],
        ['price', 'ASC'],
      ],
    );
    const typeorms = await source.manager.find(Gadget, {
      where: { ownerId: In([ann, bob]) },
      order: { ownerId: 'ASC', name: 'DESC', price: 'ASC' },
    });
    expect(ours).toHaveLength(4);
    expect(ours).toEqual(typeorms);
    for (const entity of ours) {
      expect(entity).toBeInstanceOf(Gadget);
      expect(entity.place).toBeInstanceOf(Place);
      expect(entity.secret).toBeUndefined(); // select: false, as find leaves it out
    }
    const [first] = ours.filter((g) => g.ownerId === ann && g.name === 'a');
    expect(first).toMatchObject({ active: null, seenAt: null, due: null, details: null });
    expect(ours.find((g) => g.name === 'b')).toMatchObject({
      price: '5.50',
      due: '2026-04-30',
      tags: ['a "quoted", tag', '{braces}'],
    });
    expect(ours.find((g) => g.name === 'b')!.seenAt).toEqual(new Date('2026-03-01T10:15:30.123Z'));
  });

  it('sends one statement text for one key, one for any other number, and nothing for none', async () => {
    const sent = jest.spyOn(source.manager, 'query');
    try {
      await entitiesByKeys(source.manager, Gadget, 'ownerId', [cy], [['name', 'ASC']]);
      await entitiesByKeys(source.manager, Gadget, 'ownerId', [ann], [['name', 'ASC']]);
      await entitiesByKeys(source.manager, Gadget, 'ownerId', [ann, bob, cy], [['name', 'ASC']]);
      await entitiesByKeys(source.manager, Gadget, 'ownerId', [ann, bob], [['name', 'ASC']]);
      expect(await entitiesByKeys(source.manager, Gadget, 'ownerId', [], [])).toEqual([]);
      expect(sent).toHaveBeenCalledTimes(4);
      const [one, again, many, fewer] = sent.mock.calls;
      expect(one[0]).toBe(again[0]);
      expect(one[0]).toContain('"owner_id" = $1::uuid');
      expect(one[1]).toEqual([cy]);
      expect(many[0]).toBe(fewer[0]);
      expect(many[1]).toEqual([[ann, bob, cy]]);
    } finally {
      sent.mockRestore();
    }
  });

  it('reads one key with a statement PostgreSQL plans once, where an array of keys is planned on every call', async () => {
    // Stored statistics of a table of many owners: the planner's estimates, not a guess.
    await insertRows(
      source.manager,
      Gadget,
      Array.from({ length: 300 }, (_, i) => gadget(randomUUID(), `filler ${i}`)),
    );
    await source.query('ANALYZE gadget');
    // The array form's text, as entitiesByKeys sends it for two keys or more.
    const sent = jest.spyOn(source.manager, 'query');
    await entitiesByKeys(source.manager, Gadget, 'ownerId', [ann, bob], []);
    const arrayForm = String(sent.mock.calls[0][0]);
    sent.mockRestore();
    expect(arrayForm).toContain('= ANY($1::uuid[])');
    // One session: prepared statements and their plans belong to a connection.
    const runner = source.createQueryRunner();
    await runner.connect();
    try {
      const plans = async (match: string) => {
        const [row] = await runner.query(
          `SELECT generic_plans, custom_plans FROM pg_prepared_statements
            WHERE statement LIKE 'SELECT %' || $1 || '%' AND statement LIKE '%"gadget"%'`,
          [match],
        );
        return { generic: Number(row.generic_plans), custom: Number(row.custom_plans) };
      };
      for (let i = 0; i < 12; i++) {
        const [found] = await entitiesByKeys(runner.manager, Gadget, 'ownerId', [cy], []);
        expect(found.name).toBe('z');
        const [same] = await runner.query(arrayForm, [[cy]]);
        expect(same.name).toBe('z');
      }
      // Prepared once hot (PreparingClient): PostgreSQL plans the first five runs for their values,
      // then keeps the generic plan.
      const oneKey = await plans('= $1::uuid');
      expect(oneKey.custom).toBe(5);
      expect(oneKey.generic).toBeGreaterThanOrEqual(5);
      // Why one key is not sent as an array: PostgreSQL estimates an unseen array as ten keys,
      // dearer than the one at hand, and plans the statement again on every call.
      const arrayOfOne = await plans('= ANY($1::uuid[])');
      expect(arrayOfOne.generic).toBe(0);
      expect(arrayOfOne.custom).toBeGreaterThanOrEqual(10);
    } finally {
      await runner.release();
    }
  });

  it('leaves an entity with load listeners to TypeORM, which runs them', async () => {
    const [listened] = await entitiesByKeys(source.manager, Listened, 'ownerId', [ann], []);
    expect(listened).toBeInstanceOf(Listened);
    expect(listened.loaded).toBe(true);
  });

  it('refuses a column the entity does not have', async () => {
    await expect(
      entitiesByKeys(source.manager, Gadget, 'nope' as 'name', [ann], []),
    ).rejects.toThrow(/Gadget has no column nope/);
  });
  describe('entitiesByKeysTogether', () => {
    const command = () => serviceCommand('spec', systemClock);
    const byOwnerThenName: Array<['ownerId' | 'name' | 'price', 'ASC' | 'DESC']> = [
      ['ownerId', 'ASC'],
      ['name', 'DESC'],
      ['price', 'ASC'],
    ];

    it('answers what entitiesByKeys answers, with the reads of one turn in one statement', async () => {
      const sent = jest.spyOn(source.manager, 'query');
      try {
        const asked = command();
        const [gadgets, others, listened, none] = await Promise.all([
          entitiesByKeysTogether(
            asked,
            source.manager,
            Gadget,
            'ownerId',
            [ann, bob],
            byOwnerThenName,
          ),
          entitiesByKeysTogether(asked, source.manager, Gadget, 'ownerId', [cy], [['name', 'ASC']]),
          entitiesByKeysTogether(asked, source.manager, Listened, 'ownerId', [ann], []),
          entitiesByKeysTogether(asked, source.manager, Gadget, 'ownerId', [], []),
        ]);
        const together = sent.mock.calls.filter(([sql]) => String(sql).includes('UNION ALL'));
        expect(together).toHaveLength(1);
        sent.mockClear();
        expect(gadgets).toHaveLength(4);
        expect(gadgets).toEqual(
          await entitiesByKeys(source.manager, Gadget, 'ownerId', [ann, bob], byOwnerThenName),
        );
        expect(others).toEqual(
          await entitiesByKeys(source.manager, Gadget, 'ownerId', [cy], [['name', 'ASC']]),
        );
        for (const gadget of [...gadgets, ...others]) {
          expect(gadget).toBeInstanceOf(Gadget);
          expect(gadget.place).toBeInstanceOf(Place);
          expect(gadget.secret).toBeUndefined();
        }
        expect(gadgets.find((g) => g.name === 'b')).toMatchObject({
          price: '5.50',
          due: '2026-04-30',
          tags: ['a "quoted", tag', '{braces}'],
          details: { nested: [1, 'two', null] },
        });
        expect(gadgets.find((g) => g.name === 'b')!.seenAt).toEqual(
          new Date('2026-03-01T10:15:30.123Z'),
        );
        expect(gadgets.find((g) => g.name === 'a')).toMatchObject({
          active: null,
          seenAt: null,
          due: null,
          details: null,
        });
        // Load listeners: read by TypeORM on its own, which runs them.
        expect(listened).toHaveLength(1);
        expect(listened[0].loaded).toBe(true);
        expect(none).toEqual([]);
      } finally {
        sent.mockRestore();
      }
    });

    it('sends a read alone in its turn as entitiesByKeys does, and keeps two commands apart', async () => {
      const sent = jest.spyOn(source.manager, 'query');
      try {
        const [first, second] = await Promise.all([
          entitiesByKeysTogether(command(), source.manager, Gadget, 'ownerId', [cy], []),
          entitiesByKeysTogether(command(), source.manager, Gadget, 'ownerId', [ann], []),
        ]);
        expect(first.map((g) => g.name)).toEqual(['z']);
        expect(second.map((g) => g.name).sort()).toEqual(['a', 'b']);
        expect(sent).toHaveBeenCalledTimes(2);
        for (const [sql] of sent.mock.calls) expect(String(sql)).not.toContain('UNION ALL');
      } finally {
        sent.mockRestore();
      }
    });

    it('fails every read of a statement that fails', async () => {
      const asked = command();
      const failing = jest
        .spyOn(source.manager, 'query')
        .mockRejectedValueOnce(new Error('connection lost'));
      try {
        const reads = [
          entitiesByKeysTogether(asked, source.manager, Gadget, 'ownerId', [ann], []),
          entitiesByKeysTogether(asked, source.manager, Gadget, 'ownerId', [bob], []),
        ];
        for (const read of reads) await expect(read).rejects.toThrow('connection lost');
      } finally {
        failing.mockRestore();
      }
    });
  });
});

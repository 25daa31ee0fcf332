import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@salesgraph/testing';
import {
  AfterLoad,
  Entity,
  ManyToOne,
  OneToMany,
  JoinColumn,
  type DataSource,
  type EntityManager,
} from 'typeorm';
import { compiledSelect, createDataSource, insertRows, Stored, TrackedEntity } from '../../src';

@Entity({ name: 'crate' })
class Crate extends TrackedEntity {
  @Stored.id()
  ownerId: string;

  @Stored.text()
  label: string;

  @Stored.dateTime({ nullable: true })
  shippedAt: Date | null;

  @OneToMany(() => Bottle, (bottle) => bottle.crate)
  bottles: Bottle[];
}

@Entity({ name: 'bottle' })
class Bottle extends TrackedEntity {
  @Stored.id()
  crateId: string;

  @Stored.money()
  price: string;

  @ManyToOne(() => Crate, (crate) => crate.bottles)
  @JoinColumn({ name: 'crate_id' })
  crate?: Crate;
}

@Entity({ name: 'watched_crate' })
class WatchedCrate extends TrackedEntity {
  @Stored.id()
  ownerId: string;

  loaded = false;

  @AfterLoad()
  markLoaded(): void {
    this.loaded = true;
  }
}

const ddl = `
CREATE TABLE crate (
  id uuid PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL, owner_id uuid NOT NULL, label text NOT NULL, shipped_at timestamptz);
CREATE TABLE bottle (
  id uuid PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL, crate_id uuid NOT NULL REFERENCES crate(id), price numeric(21,6) NOT NULL);
CREATE TABLE watched_crate (
  id uuid PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL, owner_id uuid NOT NULL)`;

type Shape = 'all' | 'labelled';

/** The select under test: the crates of some owners with their bottles, optionally of one label. */
function cratesOf(manager: EntityManager, shape: Shape) {
  const builder = manager
    .createQueryBuilder(Crate, 'crate')
    .leftJoinAndSelect('crate.bottles', 'bottle')
    .where('crate.ownerId = ANY(:owners)')
    .orderBy('crate.label', 'ASC')
    .addOrderBy('bottle.price', 'DESC');
  return shape === 'labelled' ? builder.andWhere('crate.label = :label') : builder;
}

describe('compiledSelect', () => {
  let database: TestDatabase;
  let source: DataSource;
  const [ann, bob] = [randomUUID(), randomUUID()];
  const crates = compiledSelect(cratesOf);

  beforeAll(async () => {
    database = await createTestDatabase('compiled-select');
    source = createDataSource({
      url: database.url,
      entities: [Crate, Bottle, WatchedCrate],
      migrations: [],
      applicationName: 'compiled-select-test',
    });
    await source.initialize();
    await source.query(ddl);
    const crate = (ownerId: string, label: string, shippedAt: Date | null = null) =>
      Object.assign(new Crate(), { id: randomUUID(), ownerId, label, shippedAt });
    const made = [
      crate(ann, 'red', new Date('2026-05-01T08:00:00.250Z')),
      crate(ann, 'green'),
      crate(bob, 'blue'),
    ];
    await insertRows(source.manager, Crate, made);
    const bottle = (crateId: string, price: string) =>
      Object.assign(new Bottle(), { id: randomUUID(), version: 1, crateId, price });
    // Through TypeORM's insert: insertRows takes no relation column.
    await source.manager.insert(Bottle, [
      bottle(made[0].id, '3.5'),
      bottle(made[0].id, '12'),
      bottle(made[2].id, '0.000001'),
    ]);
    await insertRows(source.manager, WatchedCrate, [
      Object.assign(new WatchedCrate(), { id: randomUUID(), ownerId: ann }),
    ]);
  });

  afterAll(async () => {
    await source?.destroy();
    await database?.drop();
  });

  it('answers what TypeORM answers for the same select: entities, joined relations, order', async () => {
    for (const owners of [[ann], [ann, bob], [bob]]) {
      const ours = await crates(source.manager, 'all', { owners });
      const typeorms = await cratesOf(source.manager, 'all').setParameters({ owners }).getMany();
      expect(ours).toEqual(typeorms);
      expect(ours.length).toBeGreaterThan(0);
      for (const crate of ours) {
        expect(crate).toBeInstanceOf(Crate);
        for (const bottle of crate.bottles) expect(bottle).toBeInstanceOf(Bottle);
      }
    }
    const [green, red] = await crates(source.manager, 'all', { owners: [ann] });
    expect(green).toMatchObject({ label: 'green', shippedAt: null, bottles: [] });
    expect(red.shippedAt).toEqual(new Date('2026-05-01T08:00:00.250Z'));
    expect(red.bottles.map((b) => b.price)).toEqual(['12.00', '3.50']);
  });

  it('writes one text per shape and sends only the values afterwards', async () => {
    const sent = jest.spyOn(source.manager, 'query');
    const written = jest.spyOn(source.manager, 'createQueryBuilder');
    try {
      await crates(source.manager, 'labelled', { owners: [ann], label: 'red' });
      const [blue] = await crates(source.manager, 'labelled', {
        owners: [ann, bob],
        label: 'blue',
      });
      expect(blue.label).toBe('blue');
      expect(written).toHaveBeenCalledTimes(1);
      expect(sent).toHaveBeenCalledTimes(2);
      expect(sent.mock.calls[0][0]).toBe(sent.mock.calls[1][0]);
      expect(sent.mock.calls[1][1]).toEqual([[ann, bob], 'blue']);
    } finally {
      sent.mockRestore();
      written.mockRestore();
    }
  });

  it('refuses parameters the shape has no place for, and a call that misses one', async () => {
    await expect(crates(source.manager, 'all', { owners: [ann], label: 'red' })).rejects.toThrow(
      /shape all has no parameter :label/,
    );
    await expect(crates(source.manager, 'labelled', { owners: [ann] })).rejects.toThrow(
      /shape labelled needs the parameter :label/,
    );
    const unused = compiledSelect((manager: EntityManager) =>
      manager.createQueryBuilder(Crate, 'crate').where('crate.ownerId = ANY(:owners)'),
    );
    await expect(unused(source.manager, 'x', { owners: [ann], label: 'red' })).rejects.toThrow(
      /does not use the parameter :label/,
    );
  });

  it('refuses a shape TypeORM would run in two statements', async () => {
    const paged = compiledSelect((manager: EntityManager) =>
      manager.createQueryBuilder(Crate, 'crate').leftJoinAndSelect('crate.bottles', 'b').take(2),
    );
    await expect(paged(source.manager, 'x', {})).rejects.toThrow(/skip\/take with joins/);
  });

  it('leaves an entity with load listeners to TypeORM, which runs them', async () => {
    const watched = compiledSelect((manager: EntityManager) =>
      manager.createQueryBuilder(WatchedCrate, 'w').where('w.ownerId = ANY(:owners)'),
    );
    const [first] = await watched(source.manager, 'x', { owners: [ann] });
    expect(first).toBeInstanceOf(WatchedCrate);
    expect(first.loaded).toBe(true);
  });

  it('runs inside the caller’s transaction', async () => {
    await source.transaction(async (manager) => {
      await manager.query(`UPDATE crate SET label = 'amber' WHERE label = 'green'`);
      const labels = (await crates(manager, 'all', { owners: [ann] })).map((c) => c.label);
      expect(labels).toEqual(['amber', 'red']);
      await manager.query(`UPDATE crate SET label = 'green' WHERE label = 'amber'`);
    });
  });
});

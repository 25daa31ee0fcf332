import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@salesgraph/testing';
import { Column, Entity, type DataSource, type QueryDeepPartialEntity } from 'typeorm';
import { createDataSource, insertRows, Stored, TrackedEntity } from '../../src';

class Address {
  @Column({ type: 'text', nullable: true })
  city: string | null;
}

@Entity({ name: 'widget' })
class Widget extends TrackedEntity {
  @Stored.text()
  name: string;

  @Stored.text({ nullable: true })
  note: string | null;

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

  @Column({ type: 'bytea', nullable: true })
  blob: Buffer | null;

  @Column(() => Address)
  address: Address;
}

const ddl = `CREATE TABLE widget (
  id uuid PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL,
  name text NOT NULL UNIQUE,
  name_key text GENERATED ALWAYS AS (lower(name)) STORED,
  note text,
  active boolean,
  price numeric(21,6) NOT NULL,
  seen_at timestamptz,
  due date,
  tags text[] NOT NULL DEFAULT '{}',
  details jsonb,
  blob bytea,
  address_city text)`;

function widget(name: string, overrides: Partial<Widget> = {}): Widget {
  return Object.assign(new Widget(), {
    id: randomUUID(),
    name,
    note: null,
    active: true,
    price: '19.99',
    seenAt: new Date('2026-03-01T10:15:30.123Z'),
    due: '2026-04-30',
    tags: ['a "quoted", tag', 'b\\c', '{braces}'],
    details: { nested: { list: [1, 'two', null] }, text: 'it\'s "fine"' },
    blob: Buffer.from([0, 1, 254, 255]),
    address: Object.assign(new Address(), { city: 'Tartu' }),
    ...overrides,
  });
}

describe('insertRows', () => {
  let database: TestDatabase;
  let source: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('insert-rows');
    source = createDataSource({
      url: database.url,
      entities: [Widget],
      migrations: [],
      applicationName: 'insert-rows-test',
    });
    await source.initialize();
    await source.query(ddl);
  });

  afterAll(async () => {
    await source?.destroy();
    await database?.drop();
  });

  const read = (id: string) => source.manager.findOneByOrFail(Widget, { id });

  it('stores every kind of column as TypeORM itself would', async () => {
    const mine = widget(`mine-${randomUUID()}`);
    const theirs = widget(`theirs-${randomUUID()}`);
    const bare = widget(`bare-${randomUUID()}`, {
      active: null,
      seenAt: null,
      due: null,
      details: null,
      blob: null,
      address: Object.assign(new Address(), { city: null }),
    });
    await source.transaction(async (manager) => {
      expect(await insertRows(manager, Widget, [mine, bare])).toEqual([mine, bare]);
      // TypeORM's insert types a jsonb column's object as a partial entity, which a record is not.
      await manager.insert(Widget, theirs as QueryDeepPartialEntity<Widget>);
    });
    const [ours, typeorms] = [await read(mine.id), await read(theirs.id)];
    const comparable = (w: Widget) => ({ ...w, id: undefined, name: undefined, createdAt: undefined, updatedAt: undefined }); // prettier-ignore
    expect(comparable(ours)).toEqual(comparable(typeorms));
    expect(ours).toMatchObject({
      version: 1,
      price: '19.99',
      tags: mine.tags,
      details: mine.details,
    });
    expect(ours.blob).toEqual(Buffer.from([0, 1, 254, 255]));
    expect(ours.createdAt).toBeInstanceOf(Date);
    const [{ name_key }] = await source.query('SELECT name_key FROM widget WHERE id = $1', [
      mine.id,
    ]);
    expect(name_key).toBe(mine.name.toLowerCase());
    expect(await read(bare.id)).toMatchObject({
      active: null,
      seenAt: null,
      due: null,
      details: null,
      blob: null,
      address: { city: null },
    });
  });

  it('stores a value left undefined as null, and a date-time given as text as that time', async () => {
    const loose = widget(`loose-${randomUUID()}`, {
      note: undefined,
      active: false,
      seenAt: '2026-03-01T12:15:30.123+02:00' as unknown as Date,
    });
    await insertRows(source.manager, Widget, [loose]);
    expect(await read(loose.id)).toMatchObject({
      note: null,
      active: false,
      seenAt: new Date('2026-03-01T10:15:30.123Z'),
    });
  });

  it('leaves out rows a unique index refuses when asked, and fails the statement otherwise', async () => {
    const name = `taken-${randomUUID()}`;
    await insertRows(source.manager, Widget, [widget(name)]);
    const fresh = widget(`fresh-${randomUUID()}`);
    expect(
      await insertRows(source.manager, Widget, [widget(name), fresh], { onConflict: 'ignore' }),
    ).toEqual([fresh]);
    expect((await read(fresh.id)).name).toBe(fresh.name);
    await expect(insertRows(source.manager, Widget, [widget(name)])).rejects.toThrow(/unique/);
    expect(await insertRows(source.manager, Widget, [])).toEqual([]);
  });
});

import { printSchema } from 'graphql';
import { ObjectType, Query, Resolver, buildSchema } from 'type-graphql';
import { getMetadataArgsStorage } from 'typeorm';
import { graphqlEnum, type EnumValue } from '../../graphql/graphql-enum';
import { Stored } from '../stored';

const Mood = graphqlEnum('Mood', ['CALM', 'ANGRY'], {
  description: 'How it feels.',
  valueDescriptions: { ANGRY: 'Not calm.' },
});
type Mood = EnumValue<typeof Mood>;

@ObjectType()
class Gadget {
  @Stored.text({ description: 'What it is called.' })
  name: string;

  @Stored.text({ nullable: true })
  note: string | null;

  @Stored.id()
  accountId: string;

  @Stored.money()
  price: string;

  @Stored.decimal(3)
  quantity: string;

  @Stored.date({ nullable: true })
  dueDate: string | null;

  @Stored.enum(Mood)
  mood: Mood;
}

@Resolver()
class GadgetResolver {
  @Query(() => [Gadget])
  gadgets(): Gadget[] {
    return [];
  }
}

describe('Stored fields and graphqlEnum', () => {
  it('show each kind with its GraphQL type and nullability', async () => {
    const sdl = printSchema(await buildSchema({ resolvers: [GadgetResolver] }));
    expect(sdl).toContain('"""What it is called."""\n  name: String!');
    expect(sdl).toContain('note: String\n');
    expect(sdl).toContain('accountId: ID!');
    expect(sdl).toContain('price: Decimal!');
    expect(sdl).toContain('quantity: Decimal!');
    expect(sdl).toContain('dueDate: LocalDate\n');
    expect(sdl).toContain('mood: Mood!');
    expect(sdl).toMatch(
      /"""How it feels."""\nenum Mood \{\n {2}CALM\n\n {2}"""Not calm."""\n {2}ANGRY\n\}/,
    );
  });

  it('store each kind in its column type', () => {
    const columns = Object.fromEntries(
      getMetadataArgsStorage()
        .columns.filter((c) => c.target === Gadget)
        .map((c) => [c.propertyName, [c.options.type, c.options.nullable, c.options.precision]]),
    );
    expect(columns).toEqual({
      name: ['text', false, undefined],
      note: ['text', true, undefined],
      accountId: ['uuid', false, undefined],
      price: ['numeric', false, 21],
      quantity: ['numeric', false, undefined],
      dueDate: ['date', true, undefined],
      mood: ['text', false, undefined],
    });
  });

  it('give enum values that are their own names', () => {
    expect(Mood.ANGRY).toBe('ANGRY');
    expect(Object.values(Mood)).toEqual(['CALM', 'ANGRY']);
  });
});

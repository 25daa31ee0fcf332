import { validate } from 'class-validator';
import { printSchema } from 'graphql';
import { Arg, InputType, Query, Resolver, buildSchema } from 'type-graphql';
import { Input } from '../input-fields';

@InputType()
class GadgetInput {
  @Input.id({ of: 'account', description: 'Whose gadget.' })
  accountId: string;

  @Input.id({ nullable: true })
  orderId?: string;

  @Input.id({ of: 'product' })
  productId: string;

  @Input.userId({ nullable: true, description: 'Who looks after it.' })
  ownerId?: string;
}

@Resolver()
class GadgetResolver {
  @Query(() => Boolean)
  gadget(@Arg('input') _input: GadgetInput): boolean {
    return true;
  }
}

const valid = {
  accountId: 'a0000000-0000-4000-8000-000000000001',
  productId: 'b0000000-0000-4000-8000-000000000001',
};
const messagesOf = async (fields: Record<string, unknown>) =>
  (await validate(Object.assign(new GadgetInput(), fields))).flatMap((e) =>
    Object.values(e.constraints ?? {}),
  );

describe('Input fields', () => {
  it('are IDs in the graph, required unless nullable, with their descriptions', async () => {
    const sdl = printSchema(await buildSchema({ resolvers: [GadgetResolver] }));
    expect(sdl).toContain('"""Whose gadget."""\n  accountId: ID!');
    expect(sdl).toContain('orderId: ID\n');
    expect(sdl).toContain('productId: ID!');
    expect(sdl).toContain('"""Who looks after it."""\n  ownerId: ID\n');
  });

  it('accept UUIDs and user ids, and leave nullable ones out', async () => {
    expect(await messagesOf(valid)).toEqual([]);
    expect(
      await messagesOf({
        ...valid,
        orderId: 'c0000000-0000-4000-8000-000000000001',
        ownerId: 'u-1',
      }),
    ).toEqual([]);
    expect(await messagesOf({ ...valid, orderId: null, ownerId: undefined })).toEqual([]);
  });

  it('refuse anything else with one message per kind', async () => {
    expect(
      await messagesOf({ accountId: 'acme', productId: 'x', orderId: '42', ownerId: '' }),
    ).toEqual([
      'accountId must be an account id (UUID)',
      'orderId must be a UUID',
      'productId must be a product id (UUID)',
      'ownerId must be longer than or equal to 1 characters',
    ]);
    expect(await messagesOf({ ...valid, ownerId: 'u'.repeat(201) })).toEqual([
      'ownerId must be shorter than or equal to 200 characters',
    ]);
  });
});

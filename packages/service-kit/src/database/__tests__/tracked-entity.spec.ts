import { printSchema } from 'graphql';
import { Field, ObjectType, Query, Resolver, buildSchema } from 'type-graphql';
import { getMetadataArgsStorage } from 'typeorm';
import { TrackedEntity } from '../tracked.entity';

@ObjectType()
class Widget extends TrackedEntity {
  @Field()
  name: string;
}

@Resolver()
class WidgetResolver {
  @Query(() => [Widget])
  widgets(): Widget[] {
    return [];
  }
}

describe('TrackedEntity', () => {
  it('gives a subclass id, timestamps and version as GraphQL fields, and no type of its own', async () => {
    const sdl = printSchema(await buildSchema({ resolvers: [WidgetResolver] }));
    expect(sdl).toContain('type Widget {');
    expect(sdl).toMatch(/id: ID!\s+createdAt: DateTimeISO!\s+updatedAt: DateTimeISO!/);
    expect(sdl).toContain('version: Int!');
    expect(sdl).not.toContain('type TrackedEntity');
  });

  it('declares the columns once, named by the naming strategy', () => {
    const columns = getMetadataArgsStorage()
      .columns.filter((c) => c.target === TrackedEntity)
      .map((c) => [c.propertyName, c.mode, c.options.name]);
    expect(columns).toEqual([
      ['id', 'regular', undefined],
      ['createdAt', 'createDate', undefined],
      ['updatedAt', 'updateDate', undefined],
      ['version', 'version', undefined],
    ]);
  });
});

import type { ContainerType, ResolverData } from 'type-graphql';

/**
 * type-graphql asks a container for resolver instances. Services build their
 * resolvers by hand, with their dependencies passed to the constructor, and
 * hand them over here: explicit wiring instead of a DI framework.
 */
export function instanceContainer(instances: object[]): ContainerType {
  const byClass = new Map<unknown, object>(
    instances.map((instance) => [instance.constructor, instance]),
  );
  return {
    get(someClass: unknown, _data: ResolverData<object>) {
      const instance = byClass.get(someClass);
      if (!instance)
        throw new Error(
          `no instance registered for resolver ${(someClass as { name?: string }).name}`,
        );
      return instance;
    },
  };
}

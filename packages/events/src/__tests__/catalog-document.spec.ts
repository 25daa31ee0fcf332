import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCatalog } from '../catalog-document';
import { EventCatalog } from '../catalog';

describe('event catalogue', () => {
  it('docs/EVENTS.md is generated from the current schemas', () => {
    const file = join(__dirname, '..', '..', 'docs', 'EVENTS.md');
    if (readFileSync(file, 'utf8') !== renderCatalog()) {
      throw new Error(
        'packages/events/docs/EVENTS.md is stale: run npm run build -w @salesgraph/events && npm run catalog:write -w @salesgraph/events',
      );
    }
  });

  it('has one definition per type, each named <context>.<Name>.v<version> by its producer', () => {
    const types = EventCatalog.map((d) => d.type);
    expect(new Set(types).size).toBe(types.length);
    for (const definition of EventCatalog)
      expect(definition.type.startsWith(`${definition.producer}.`)).toBe(true);
  });
});

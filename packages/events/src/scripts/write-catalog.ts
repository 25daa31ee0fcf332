// Writes docs/EVENTS.md from the event schemas.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCatalog } from '../catalog-document';

const file = join(__dirname, '..', '..', 'docs', 'EVENTS.md');
writeFileSync(file, renderCatalog());
console.log(`wrote ${file}`);

// The architecture's boundaries as lint rules (see docs/architecture.md):
// a deployable never imports another deployable, an event handler never
// imports a GraphQL DTO, and a service has no catch-all common/ or shared/
// folder. Paths are matched on the last `services/<name>/src/` of a file's
// absolute path, so a clone may live under any directory.
import path from 'node:path';

const deployableOf = (file) => {
  const normalized = file.split(path.sep).join('/');
  const services = [...normalized.matchAll(/\/services\/([^/]+)\/(?=src\/|test\/)/g)].pop();
  if (services) return `service:${services[1]}`;
  const gateway = [...normalized.matchAll(/\/gateway\/(?=src\/|test\/)/g)].pop();
  if (gateway) return 'gateway';
  const pkg = [...normalized.matchAll(/\/packages\/([^/]+)\/(?=src\/|test\/)/g)].pop();
  if (pkg) return `package:${pkg[1]}`;
  return undefined;
};

function importSources(context, check) {
  const visit = (node, source) => {
    if (source && typeof source.value === 'string') check(node, source.value);
  };
  return {
    ImportDeclaration: (node) => visit(node, node.source),
    ExportNamedDeclaration: (node) => visit(node, node.source),
    ExportAllDeclaration: (node) => visit(node, node.source),
    ImportExpression: (node) => visit(node, node.source),
    CallExpression: (node) => {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require')
        visit(node, node.arguments[0]);
    },
  };
}

const noCrossServiceImport = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'A service, the gateway or a package never imports a deployable (another service or the gateway); they share packages/* only.',
    },
    schema: [
      { type: 'object', properties: { deployables: { type: 'array', items: { type: 'string' } } } },
    ],
    messages: {
      crossImport:
        '{{from}} imports {{to}}: services share only packages/*; cross-service data travels as federation keys and events.',
    },
  },
  create(context) {
    const file = context.filename;
    const from = deployableOf(file);
    if (!from) return {};
    const deployables = context.options[0]?.deployables ?? [];
    return importSources(context, (node, specifier) => {
      let to;
      if (specifier.startsWith('.'))
        to = deployableOf(path.resolve(path.dirname(file), specifier) + '/');
      else {
        const match = /^@salesgraph\/([^/]+)/.exec(specifier);
        if (match && deployables.includes(match[1]))
          to = match[1] === 'gateway' ? 'gateway' : `service:${match[1]}`;
      }
      if (!to || to === from || to.startsWith('package:')) return;
      context.report({
        node,
        messageId: 'crossImport',
        data: { from: from.replace(':', ' '), to: to.replace(':', ' ') },
      });
    });
  },
};

const noDtoInHandler = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'An event handler translates an event and calls a service; GraphQL input types (dto/) are the API edge, not its contract.',
    },
    schema: [],
    messages: {
      dtoInHandler:
        'An event handler imports a GraphQL DTO ({{specifier}}): move the rule it needs into a rule or service file.',
    },
  },
  create(context) {
    if (!/[/\\]events[/\\][^/\\]+\.handler\.ts$/.test(context.filename)) return {};
    return importSources(context, (node, specifier) => {
      if (/(^|\/)dto(\/|$)/.test(specifier))
        context.report({ node, messageId: 'dtoInHandler', data: { specifier } });
    });
  },
};

const noSharedFolder = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'No common/ or shared/ folder inside a service: code goes to the module it belongs to, or to packages/*.',
    },
    schema: [],
    messages: {
      sharedFolder:
        '{{folder}}/ inside a service: put this in the module it belongs to, or in packages/* if every service needs it.',
    },
  },
  create(context) {
    const normalized = context.filename.split(path.sep).join('/');
    const match = /\/services\/[^/]+\/src\/(?:.*\/)?(common|shared)\//.exec(normalized);
    if (!match) return {};
    return {
      Program: (node) =>
        context.report({ node, messageId: 'sharedFolder', data: { folder: match[1] } }),
    };
  },
};

export default {
  meta: { name: 'salesgraph-boundaries' },
  rules: {
    'no-cross-service-import': noCrossServiceImport,
    'no-dto-in-handler': noDtoInHandler,
    'no-shared-folder': noSharedFolder,
  },
};

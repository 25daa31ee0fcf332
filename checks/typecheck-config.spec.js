// `npm run typecheck` checks every Node workspace in one program
// (tsconfig.typecheck.json), while editors, ts-jest users and a workspace's own
// `npm run typecheck` read the workspace's tsconfig.json. The two must agree:
// the same options, and every source and test directory in both.
const fs = require('node:fs');
const path = require('node:path');
const { isDeepStrictEqual } = require('node:util');
const ts = require('typescript');

const root = path.join(__dirname, '..');
const readConfig = (file) => {
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return config;
};

/** The workspaces of the root package.json, as directories relative to the root. */
function workspaces() {
  const patterns = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).workspaces;
  return patterns.flatMap((pattern) =>
    pattern.endsWith('/*')
      ? fs
          .readdirSync(path.join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => `${pattern.slice(0, -2)}/${entry.name}`)
      : [pattern],
  );
}

/** Node workspaces with TypeScript of their own: all but the workbench and the config packages. */
const nodeWorkspaces = workspaces().filter(
  (dir) => dir !== 'apps/workbench' && fs.existsSync(path.join(root, dir, 'tsconfig.json')),
);
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const codeDirs = (dir) => ['src', 'test'].filter((sub) => fs.existsSync(path.join(root, dir, sub)));

describe('the one-program typecheck', () => {
  const combined = readConfig(path.join(root, 'tsconfig.typecheck.json'));
  // its patterns are directories, some with a `*` for one level (`services/*/src`)
  const included = (dir) =>
    combined.include.some((pattern) =>
      new RegExp(`^${pattern.split('*').map(escapeRegExp).join('[^/]+')}$`).test(dir),
    );

  it('finds the Node workspaces', () => {
    expect(nodeWorkspaces).toEqual(
      expect.arrayContaining(['services/lead', 'packages/messaging', 'gateway', 'bench']),
    );
  });

  it('covers every source and test directory of every Node workspace', () => {
    const missing = nodeWorkspaces
      .flatMap((dir) => codeDirs(dir).map((sub) => `${dir}/${sub}`))
      .filter((dir) => !included(dir));
    expect(missing).toEqual([]);
  });

  it("reads each with the options of the workspace's own tsconfig.json, which takes in its tests too", () => {
    const differing = nodeWorkspaces.flatMap((dir) => {
      const own = readConfig(path.join(root, dir, 'tsconfig.json'));
      const differences = [
        path.resolve(root, dir, own.extends) !== path.join(root, 'tsconfig.base.json') &&
          `extends ${own.extends}`,
        !isDeepStrictEqual(own.compilerOptions, combined.compilerOptions) &&
          `compilerOptions ${JSON.stringify(own.compilerOptions)}`,
        !isDeepStrictEqual([...own.include].sort(), codeDirs(dir)) &&
          `include ${JSON.stringify(own.include)} where it has ${codeDirs(dir).join(' and ')}`,
      ];
      return differences.filter(Boolean).map((difference) => `${dir}: ${difference}`);
    });
    expect(differing).toEqual([]);
  });
});

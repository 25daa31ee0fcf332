// The Node workspaces' TypeScript is built and typechecked whole, each in one
// process: `npm run build` runs `tsc -b` over the project references of
// tsconfig.build.json, `npm run typecheck` one program (tsconfig.typecheck.json).
// Both lean on each workspace's own files, which editors, jest and a
// workspace's own scripts read too, so these checks hold them in step.
const fs = require('node:fs');
const path = require('node:path');
const { isDeepStrictEqual } = require('node:util');
const ts = require('typescript');
const workspaceConfigs = require('../jest.projects');

const root = path.join(__dirname, '..');
const readConfig = (file) => {
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return config;
};

/** Node workspaces with TypeScript of their own: all but the workbench and the config packages. */
const nodeWorkspaces = workspaceConfigs('tsconfig.json')
  .map((file) => path.dirname(file))
  .filter((dir) => dir !== 'apps/workbench');
const manifestOf = new Map(
  nodeWorkspaces.map((dir) => [
    dir,
    JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8')),
  ]),
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

describe('the build over project references', () => {
  const packageDirs = new Map(nodeWorkspaces.map((dir) => [manifestOf.get(dir).name, dir]));
  const referenced = (dir, config) =>
    (config.references ?? []).map(({ path: to }) =>
      path.relative(root, path.dirname(path.resolve(root, dir, to))),
    );

  it('builds every Node workspace', () => {
    const solution = readConfig(path.join(root, 'tsconfig.build.json'));
    expect(referenced('.', solution).sort()).toEqual([...nodeWorkspaces].sort());
  });

  it('builds each after the workspaces it depends on, its build state in dist', () => {
    const differing = nodeWorkspaces.flatMap((dir) => {
      const manifest = manifestOf.get(dir);
      const dependsOn = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
        .filter((name) => packageDirs.has(name))
        .map((name) => packageDirs.get(name))
        .sort();
      const build = readConfig(path.join(root, dir, 'tsconfig.build.json'));
      const differences = [
        !isDeepStrictEqual(referenced(dir, build).sort(), dependsOn) &&
          `references ${referenced(dir, build).join(', ') || 'nothing'} where it depends on ${dependsOn.join(', ') || 'nothing'}`,
        build.compilerOptions.composite !== true && 'not composite',
        // in dist: a build whose output is deleted starts afresh
        !build.compilerOptions.tsBuildInfoFile?.startsWith(`${build.compilerOptions.outDir}/`) &&
          `tsBuildInfoFile ${build.compilerOptions.tsBuildInfoFile} outside ${build.compilerOptions.outDir}`,
      ];
      return differences.filter(Boolean).map((difference) => `${dir}: ${difference}`);
    });
    expect(differing).toEqual([]);
  });
});

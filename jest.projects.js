// Finds a file of one name in every workspace that has it: a kind of jest config, for the
// root configs; tsconfig.json, for the repository checks of the TypeScript projects.
const fs = require('node:fs');
const path = require('node:path');

module.exports = function workspaceConfigs(fileName) {
  const dirs = ['packages', 'services', 'apps'].flatMap((group) =>
    fs.readdirSync(path.join(__dirname, group)).map((name) => path.join(group, name)),
  );
  return [...dirs, 'gateway', 'faults', 'bench']
    .map((dir) => path.join(dir, fileName))
    .filter((file) => fs.existsSync(path.join(__dirname, file)));
};

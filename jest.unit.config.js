// Unit tests of every workspace (beside the code, no servers) and the repository checks.
const workspaceConfigs = require('./jest.projects');

module.exports = { projects: [...workspaceConfigs('jest.config.js'), 'checks/jest.config.js'] };

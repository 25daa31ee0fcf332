// Integration tests of every workspace, against the real PostgreSQL and Kafka.
const workspaceConfigs = require('./jest.projects');

module.exports = { projects: workspaceConfigs('jest.int.config.js') };

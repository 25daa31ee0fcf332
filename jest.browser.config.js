// Browser tests: the workbench in Debian's chromium, one journey per role through the real platform.
module.exports = { projects: ['apps/workbench/jest.browser.config.js'] };

module.exports = require('@salesgraph/jest-config').integration(__dirname, 'account-directory');

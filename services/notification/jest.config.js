module.exports = require('@salesgraph/jest-config').unit(__dirname, 'notification');

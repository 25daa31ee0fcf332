module.exports = require('@salesgraph/jest-config').integration(__dirname, 'order-admin');

#!/usr/bin/env node
// Runs the sample health-bureau subgraph: `node partners/health-bureau/server.js` (PORT, default 4001).
'use strict';
const { startHealthBureau } = require('./subgraph');

startHealthBureau({ port: Number(process.env.PORT || 4001), host: process.env.HOST || '127.0.0.1' }).then(
  ({ url }) => console.log(`Health bureau exam-results subgraph at ${url}`),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

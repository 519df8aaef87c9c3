#!/usr/bin/env node
// `npm start`: the platform on embedded SQLite (or DATABASE_URL), with demo data on first start.
import { register } from 'tsx/esm/api';
import { assertNodeVersion } from './node-version.js';

assertNodeVersion();
register();
await import('../src/server.ts');

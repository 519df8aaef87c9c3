#!/usr/bin/env node
// The `gongkai` command. Runs the TypeScript sources through tsx on Node 24 (installed by npm).
import { register } from 'tsx/esm/api';
import { assertNodeVersion } from './node-version.js';

assertNodeVersion();
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);

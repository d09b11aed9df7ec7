#!/usr/bin/env node
import { requireNode22 } from './require-node-22.js';

requireNode22('stride');
const { runCli } = await import('../out/cli/main.js');
process.exitCode = await runCli(process.argv.slice(2));

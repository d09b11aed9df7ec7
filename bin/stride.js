#!/usr/bin/env node
import module from 'node:module';
import { requireNode22 } from './require-node-22.js';

requireNode22('stride');
// Node keeps the bundle's compiled code between runs, which starts the next one sooner.
module.enableCompileCache();
// A reader that stops early (`stride summary plan.stride | head`) closes the pipe: the rest is
// not wanted, which is no error.
process.stdout.on('error', error => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
});
const { runCli } = await import('../dist/cli/main.js');
process.exitCode = await runCli(process.argv.slice(2));

#!/usr/bin/env node
// Langium 4 needs Node 22; `npx stride` and npm scripts run the project's own Node 22.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
    process.stderr.write(`stride: needs Node 22 or newer, this is Node ${process.versions.node}; run it as \`npx stride\` inside the project\n`);
    process.exit(2);
}
const { runCli } = await import('../out/cli/main.js');
process.exitCode = await runCli(process.argv.slice(2));

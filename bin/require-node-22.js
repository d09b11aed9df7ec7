// Langium 4 needs Node 22. The project brings its own (the `node` devDependency), which npm
// scripts and `npx` inside the project put first on PATH; an editor that starts a bin from
// elsewhere may run an older Node, so the bin hands itself over to the project's Node 22.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const projectNode = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));

/**
 * Returns when this is Node 22 or newer. Otherwise runs the same script with the project's
 * Node 22 and exits with its exit code, or, without one, exits 2 with a one-line explanation.
 */
export function requireNode22(command) {
    if (Number(process.versions.node.split('.')[0]) >= 22) {
        return;
    }
    if (existsSync(projectNode)) {
        const run = spawnSync(projectNode, process.argv.slice(1), { stdio: 'inherit' });
        process.exit(run.status ?? 1);
    }
    process.stderr.write(`${command}: needs Node 22 or newer, this is Node ${process.versions.node}; run \`npm ci\` in the project to get its own\n`);
    process.exit(2);
}

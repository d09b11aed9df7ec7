/** `stride check` as a coach runs it in a terminal: the whole process, bin/stride.js on the bundled CLI (`npm run bundle`), by the wall clock. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { summarise, type Timing } from './stats.js';

export interface CliResult {
    readonly plan: string;
    readonly lines: number;
    readonly check: Timing;
}

const PLAN = 'examples/speed-day.stride';
const WARMUPS = 2;
const RUNS = 15;

export function measureCliCheck(): CliResult {
    const samples: number[] = [];
    for (let index = 0; index < WARMUPS + RUNS; index++) {
        const start = performance.now();
        const run = spawnSync(process.execPath, ['bin/stride.js', 'check', PLAN], { encoding: 'utf8' });
        const took = performance.now() - start;
        // 1 is a plan with errors: still a check. Anything else is not what is measured.
        if (run.status !== 0 && run.status !== 1) {
            throw new Error(`stride check ${PLAN} exited with ${run.status}: ${run.stderr}`);
        }
        if (index >= WARMUPS) samples.push(took);
    }
    return { plan: PLAN, lines: readFileSync(PLAN, 'utf8').split('\n').length - 1, check: summarise(samples) };
}

/**
 * Run in a child process whose TZ the test sets: reads plans and options as JSON on stdin,
 * writes their exports and the host's UTC offset in January as JSON on stdout.
 */
import { planToIcs, type IcsOptions } from '../../src/export/ical.js';
import type { Plan } from '../../src/plan/model.js';

export interface ChildCase {
    readonly plan: Plan;
    readonly options: Omit<IcsOptions, 'now'> & { readonly now: string };
}

export interface ChildResult {
    /** What the host's Date says the UTC offset is on 2027-01-15, in minutes west of UTC. */
    readonly januaryOffset: number;
    readonly exports: string[];
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
    const cases = JSON.parse(input) as ChildCase[];
    const result: ChildResult = {
        januaryOffset: new Date(2027, 0, 15).getTimezoneOffset(),
        exports: cases.map(({ plan, options }) => planToIcs(plan, { ...options, now: new Date(options.now) }).ics),
    };
    process.stdout.write(JSON.stringify(result));
});

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ExportError } from '../export/errors.js';
import { fileErrorReason } from '../export/file-errors.js';
import { OverwriteRefused } from '../export/write-guard.js';
import { checkPlanFiles, type CheckedPlan } from '../language/load-plans.js';
import type { Weekday } from '../plan/model.js';
import { checkExitCode, checkReports, formatReportLine } from './check.js';
import { oneLine } from './one-line.js';
import { collectStartTime } from './start-time.js';
import { formatTable, SUMMARY_HEADINGS, summaryJson, summaryRows } from './summary.js';

/** A mistake in how the CLI was called or in what it was given: one line, exit 2, no stack trace. */
export class UsageError extends Error {}

export interface CliIO {
    readonly out: (text: string) => void;
    readonly err: (text: string) => void;
}

const processIO: CliIO = {
    out: text => process.stdout.write(text + '\n'),
    err: text => process.stderr.write(text + '\n'),
};

async function loadPlans(files: readonly string[]): Promise<CheckedPlan[]> {
    const texts = await Promise.all(files.map(async file => {
        try {
            return { path: resolve(file), text: await readFile(file, 'utf8') };
        } catch (error) {
            throw new UsageError(`cannot read ${file}: ${fileErrorReason(error, 'reading')}`);
        }
    }));
    return checkPlanFiles(texts);
}

function wholeNumber(value: string): number {
    // Digits only: Number() would read '' and ' ' as 0, and '1e3' as 1000.
    if (!/^\d+$/.test(value)) {
        throw new InvalidArgumentError('A whole number from 0 is needed.');
    }
    return Number(value);
}

/** `plan.stride has 2 errors; run stride check plan.stride`, or null when it has none. */
function planErrorsLine(file: string, checked: CheckedPlan): string | null {
    const errors = checkReports(file, checked).filter(report => report.severity === 'error').length;
    return errors === 0 ? null : `${file} has ${errors} error${errors === 1 ? '' : 's'}; run stride check ${file}`;
}

function formatOption(): Option {
    return new Option('--format <format>', 'output format').choices(['text', 'json']).default('text');
}

interface ExportCommandOptions {
    readonly format: 'ics' | 'fit';
    readonly output?: string;
    readonly force?: boolean;
    readonly timezone?: string;
    readonly startTime: Partial<Record<Weekday, string>>;
    readonly alarm?: number;
    readonly url?: string;
}

export function buildProgram(io: CliIO, setExitCode: (code: number) => void): Command {
    const program = new Command('stride')
        .description('Check, summarise and export training plans written in Stride.')
        .exitOverride()
        .configureOutput({
            writeOut: text => io.out(text.trimEnd()),
            writeErr: text => io.err(text.trimEnd()),
            // Commander's own errors read like Stride's: `error: ...` and a suggestion on a line of its own become one `stride:` line.
            outputError: (text, write) => write(`stride: ${oneLine(text.trim().replace(/^error: /, '').replace(/\s*\n\s*/g, ' '))}`),
        })
        .showSuggestionAfterError();

    program.command('check')
        .description('report every diagnostic as file:line:col severity code message; exit 1 on any error')
        .argument('<files...>', '.stride files to check')
        .addOption(formatOption())
        .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', wholeNumber)
        .action(async (files: string[], options: { format: string; maxWarnings?: number }) => {
            const checked = await loadPlans(files);
            const reports = checked.flatMap((plan, index) => checkReports(files[index], plan));
            if (options.format === 'json') {
                io.out(JSON.stringify(reports, null, 2));
            } else {
                reports.forEach(report => io.out(formatReportLine(report)));
            }
            setExitCode(checkExitCode(reports, options.maxWarnings));
        });

    program.command('summary')
        .description('a table of the plan week by week; with --format json, the whole Plan')
        .argument('<file>', 'a .stride file')
        .addOption(formatOption())
        .action(async (file: string, options: { format: string }) => {
            const [checked] = await loadPlans([file]);
            if (options.format === 'json') {
                io.out(JSON.stringify(summaryJson(checked), null, 2));
            } else {
                io.out(oneLine(checked.plan.name || file));
                io.out(formatTable(SUMMARY_HEADINGS, summaryRows(checked)));
            }
            const errors = planErrorsLine(file, checked);
            if (errors !== null) {
                io.err(errors);
                setExitCode(1);
            }
        });

    program.command('export')
        .description('write the plan as an iCalendar file, one event per session, or as FIT workouts for a watch')
        .argument('<file>', 'a .stride file')
        .addOption(new Option('--format <format>', 'ics: a calendar file; fit: a folder of FIT workouts and a schedule').choices(['ics', 'fit']).default('ics'))
        .option('-o, --output <path>', 'the .ics file to write (default: FILE with .ics beside it), or with --format fit the folder (default: FILE-fit beside it)')
        .option('--force', 'replace an output file that Stride did not write, or that was changed since')
        .option('--timezone <zone>', 'IANA time zone of timed sessions when the plan names none (default: floating times)')
        .option('--start-time <weekday=HH:MM>', 'start sessions without a time on that weekday then (repeatable; default: all-day)', collectStartTime, {})
        .option('--alarm <minutes>', 'a reminder this many minutes before each session (at most 40320, four weeks)', wholeNumber)
        .option('--url <address>', 'where the file will be published, for calendars that subscribe to it (ending in /: the folder, FILE.ics added)')
        .action(async (file: string, options: ExportCommandOptions) => {
            const [checked] = await loadPlans([file]);
            const errors = planErrorsLine(file, checked);
            if (errors !== null) {
                throw new UsageError(errors);
            }
            if (options.format === 'fit') {
                await exportFit(file, checked, options);
                return;
            }
            // The exporters (ical-generator, the FIT SDK) are loaded by the command that needs them: `stride check` starts without them.
            const { exportPlanToFile, outputPath, wroteLine } = await import('./export.js');
            const output = await outputPath(file, options.output);
            try {
                const counts = await exportPlanToFile(checked.plan, output, {
                    now: new Date(),
                    timezone: options.timezone,
                    defaultStartTimes: options.startTime,
                    alarmMinutesBefore: options.alarm,
                    sourceUrl: options.url,
                    force: options.force ?? false,
                });
                io.out(wroteLine(counts, output));
            } catch (error) {
                rethrowExportError(error);
            }
        });

    /** `stride export FILE --format fit`: the workouts and the schedule, into a folder. */
    async function exportFit(file: string, checked: CheckedPlan, options: ExportCommandOptions): Promise<void> {
        const calendarOnly = ['timezone', 'alarm'].filter(name => options[name as keyof ExportCommandOptions] !== undefined)
            .concat(Object.keys(options.startTime).length > 0 ? ['start-time'] : []);
        if (calendarOnly.length > 0) {
            throw new UsageError(`--${calendarOnly[0]} is for calendars (--format ics); a watch's workouts have no times of their own`);
        }
        const { defaultFitFolder, exportPlanToFitFolder } = await import('./export.js');
        const folder = options.output ?? defaultFitFolder(file);
        try {
            io.out(await exportPlanToFitFolder(checked.plan, folder, options.force ?? false));
        } catch (error) {
            rethrowExportError(error);
        }
    }

    program.command('preview')
        .description('write the plan as one self-contained HTML page: its calendar, week totals, warnings and load charts')
        .argument('<file>', 'a .stride file')
        .requiredOption('-o, --output <file>', 'the .html file to write')
        .action(async (file: string, options: { output: string }) => {
            const [checked] = await loadPlans([file]);
            const errors = planErrorsLine(file, checked);
            if (errors !== null) {
                throw new UsageError(errors);
            }
            const { previewHtml, writePreview, wrotePreviewLine } = await import('./preview.js');
            const failure = await writePreview(options.output, await previewHtml(checked));
            if (failure !== null) {
                throw new UsageError(`cannot write ${options.output}: ${failure}`);
            }
            io.out(wrotePreviewLine(options.output, checked.plan.weeks.length, checked.plan.totals.sessions));
        });

    program.command('drills')
        .description('the built-in drills with the numbers the estimates use; QUERY finds drills by a word of their name, title or aliases, or a kind')
        .argument('[query]', 'a word of a drill\'s name, title or aliases, or a kind (sprint, strength, ...)')
        .addOption(formatOption())
        .action(async (query: string | undefined, options: { format: string }) => {
            const { DRILL_HEADINGS, drillRows, findDrills } = await import('./drills.js');
            const drills = findDrills(query);
            if (drills.length === 0) {
                io.err(`stride: no built-in drill matches '${oneLine(query ?? '')}'`);
                setExitCode(1);
            } else if (options.format === 'json') {
                io.out(JSON.stringify(drills, null, 2));
            } else {
                io.out(formatTable(DRILL_HEADINGS, drillRows(drills), false));
            }
        });

    return program;
}

/** An export's refusal or failure as the one line the CLI prints. */
function rethrowExportError(error: unknown): never {
    if (error instanceof OverwriteRefused) {
        throw new UsageError(`${error.message}; use --force to replace it`);
    }
    if (error instanceof ExportError) {
        throw new UsageError(error.message);
    }
    throw error;
}

/** Runs the CLI on the given arguments and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIO = processIO): Promise<number> {
    let exitCode = 0;
    const program = buildProgram(io, code => { exitCode = code; });
    try {
        await program.parseAsync(argv, { from: 'user' });
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            // Help and version are not failures; Commander has already printed its one-line message.
            return error.exitCode === 0 ? 0 : 2;
        }
        if (error instanceof UsageError) {
            io.err(`stride: ${oneLine(error.message)}`);
            return 2;
        }
        io.err(`stride: internal error: ${(error as Error).message ?? String(error)}`);
        return 3;
    }
}

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { checkPlanTexts, type CheckedPlan } from '../language/load-plans.js';
import { createStrideServices } from '../language/stride-module.js';
import { checkExitCode, checkReports, formatReportLine } from './check.js';
import { formatTable, SUMMARY_HEADINGS, summaryRows } from './summary.js';

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
            return { uri: URI.file(resolve(file)).toString(), text: await readFile(file, 'utf8') };
        } catch (error) {
            const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file'
                : (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
            throw new UsageError(`cannot read ${file}: ${reason}`);
        }
    }));
    return checkPlanTexts(createStrideServices(NodeFileSystem), texts);
}

function wholeNumber(value: string): number {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 0) {
        throw new InvalidArgumentError('a whole number from 0 is needed.');
    }
    return number;
}

function formatOption(): Option {
    return new Option('--format <format>', 'output format').choices(['text', 'json']).default('text');
}

export function buildProgram(io: CliIO, setExitCode: (code: number) => void): Command {
    const program = new Command('stride')
        .description('Check, summarise and export training plans written in Stride.')
        .exitOverride()
        .configureOutput({ writeOut: text => io.out(text.trimEnd()), writeErr: text => io.err(text.trimEnd()) })
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
                io.out(JSON.stringify(checked.plan, null, 2));
            } else {
                io.out(`${checked.plan.name || file}`);
                io.out(formatTable(SUMMARY_HEADINGS, summaryRows(checked.plan)));
            }
            const errors = checkReports(file, checked).filter(report => report.severity === 'error');
            if (errors.length > 0) {
                io.err(`${file} has ${errors.length} error${errors.length === 1 ? '' : 's'}; run stride check ${file}`);
                setExitCode(1);
            }
        });

    return program;
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
            io.err(`stride: ${error.message}`);
            return 2;
        }
        io.err(`stride: internal error: ${(error as Error).message ?? String(error)}`);
        return 3;
    }
}

/**
 * Writing a plan's FIT files into a folder without losing anyone's data. A FIT file has no
 * room for the checksum an .ics file carries, so the folder keeps a list of what Stride wrote
 * there, `.stride-fit.json`: each file's name and SHA-256. A file in the way is replaced only
 * when it is on the list and unchanged (else only with `force`); files of the last export that
 * the plan no longer has are removed when unchanged. Each file is written atomically
 * (write-guard.ts), and the list names both the old and the new bytes of every file while they
 * are written, so an export killed half-way leaves no file the next one takes for a stranger's.
 */
import { hash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { format, join, parse } from 'node:path';
import { ExportError } from '../errors.js';
import { OverwriteRefused, writeAtomically } from '../write-guard.js';
import type { FitFile } from './fit-export.js';

export const MANIFEST_FILE = '.stride-fit.json';

/** Where a plan's watch files go unless told otherwise: `plans/speed.stride` to the folder `plans/speed-fit`, beside it. */
export function defaultFitFolder(planPath: string): string {
    const { dir, name } = parse(planPath);
    return format({ dir, name: `${name}-fit` });
}

/** Some files in the folder are not Stride's untouched own: replacing them needs the user's yes. */
export class FolderOverwriteRefused extends OverwriteRefused {
    constructor(readonly refused: ReadonlyArray<{ readonly target: string; readonly reason: 'foreign' | 'changed' }>) {
        super(refused[0].target, refused[0].reason);
        if (refused.length > 1) {
            this.message += ` (and ${refused.length - 1} more file${refused.length === 2 ? '' : 's'} Stride did not write or that changed since)`;
        }
    }
}

export interface FolderWrite {
    /** Files written; files already as they should be are not written again. */
    readonly written: number;
    readonly unchanged: number;
    /** Files of the last export that the plan no longer has, removed. */
    readonly removed: number;
    /** Files of the last export that the plan no longer has, kept because they were changed since. */
    readonly kept: readonly string[];
}

/** The hashes the list accepts for each file name. */
type Manifest = Map<string, readonly string[]>;

/** Writes `files` into `folder` (made if missing). Throws FolderOverwriteRefused, or ExportError, before writing anything. */
export async function writeFitFolder(files: readonly FitFile[], folder: string, force: boolean): Promise<FolderWrite> {
    try {
        await mkdir(folder, { recursive: true });
    } catch (error) {
        throw new ExportError(`cannot make the folder ${folder}: ${(error as NodeJS.ErrnoException).code === 'EEXIST' || (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'a file is in the way' : (error as Error).message}`);
    }
    const manifest = await readManifest(folder);
    const planned = files.map(file => ({ ...file, hash: sha256(file.bytes) }));
    const existing = new Map<string, string | null>();
    const refused: Array<{ target: string; reason: 'foreign' | 'changed' }> = [];
    for (const file of planned) {
        const current = await readHash(join(folder, file.name));
        existing.set(file.name, current);
        const listed = manifest.get(file.name);
        if (current !== null && current !== file.hash && !force && !listed?.includes(current)) {
            refused.push({ target: join(folder, file.name), reason: listed ? 'changed' : 'foreign' });
        }
    }
    if (refused.length > 0) {
        throw new FolderOverwriteRefused(refused);
    }

    const names = new Set(planned.map(file => file.name));
    const stale: string[] = [];
    const kept: string[] = [];
    for (const [name, hashes] of manifest) {
        if (names.has(name)) continue;
        const current = await readHash(join(folder, name));
        if (current === null) continue;
        (hashes.includes(current) ? stale : kept).push(name);
    }

    const changing = planned.filter(file => existing.get(file.name) !== file.hash);
    const during: Manifest = new Map([
        ...stale.map(name => [name, manifest.get(name)!] as const),
        ...planned.map(file => [file.name, [...new Set([existing.get(file.name), file.hash].filter((value): value is string => !!value))]] as const),
    ]);
    await writeManifest(folder, during);
    for (const file of changing) {
        await writeAtomically(join(folder, file.name), file.bytes);
    }
    for (const name of stale) {
        await rm(join(folder, name), { force: true });
    }
    await writeManifest(folder, new Map(planned.map(file => [file.name, [file.hash]])));
    return { written: changing.length, unchanged: planned.length - changing.length, removed: stale.length, kept };
}

function sha256(bytes: Uint8Array): string {
    return hash('sha256', bytes, 'base64url');
}

/** The hash of a file's bytes; null when there is no such file. */
async function readHash(path: string): Promise<string | null> {
    try {
        return sha256(await readFile(path));
    } catch (error) {
        const { code } = error as NodeJS.ErrnoException;
        if (code === 'ENOENT') {
            return null;
        }
        throw new ExportError(`cannot read ${path}: ${code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message}`);
    }
}

/** The folder's list; an empty one when there is none, or when it is not one Stride wrote. */
async function readManifest(folder: string): Promise<Manifest> {
    let parsed: unknown;
    try {
        parsed = JSON.parse(await readFile(join(folder, MANIFEST_FILE), 'utf8'));
    } catch {
        return new Map();
    }
    const files = (parsed as { files?: unknown } | null)?.files;
    if (typeof files !== 'object' || files === null) {
        return new Map();
    }
    return new Map(Object.entries(files).filter((entry): entry is [string, string[]] =>
        Array.isArray(entry[1]) && entry[1].every(value => typeof value === 'string')));
}

async function writeManifest(folder: string, manifest: Manifest): Promise<void> {
    const files = Object.fromEntries([...manifest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await writeAtomically(join(folder, MANIFEST_FILE), `${JSON.stringify({ writtenBy: 'Stride', files }, null, 2)}\n`);
}

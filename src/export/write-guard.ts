/**
 * Writing an export without losing anyone's data: a file Stride did not write, or changed
 * since Stride wrote it, is only replaced when the user says so (`force`), and the new file
 * replaces the old in one rename, so a crash leaves one or the other, never half of each.
 * No `vscode` here: the CLI passes --force, the extension asks the user first.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ExportError } from './errors.js';
import { fileErrorReason } from './file-errors.js';
import { provenanceOf } from './stride-marks.js';

/** The target exists and is not Stride's last export, untouched: replacing it needs the user's yes. */
export class OverwriteRefused extends ExportError {
    constructor(readonly target: string, readonly reason: 'foreign' | 'changed') {
        super(reason === 'foreign'
            ? `${target} exists and was not written by Stride`
            : `${target} was changed since Stride wrote it`);
    }
}

/** The file's text, or null when there is none. */
export async function readExisting(target: string): Promise<string | null> {
    try {
        return await readFile(target, 'utf8');
    } catch (error) {
        const { code } = error as NodeJS.ErrnoException;
        if (code === 'ENOENT') {
            return null;
        }
        // A folder, or a path through a file, can never be written either: say so, not that it cannot be read.
        const writing = code === 'EISDIR' || code === 'ENOTDIR';
        throw new ExportError(`cannot ${writing ? 'write' : 'read'} ${target}: ${fileErrorReason(error, writing ? 'writing' : 'reading')}`);
    }
}

/** Throws OverwriteRefused unless the existing text is Stride's own untouched export, or `force` is given. */
export function guardOverwrite(target: string, existing: string | null, force: boolean): void {
    if (existing === null || force) {
        return;
    }
    const provenance = provenanceOf(existing);
    if (provenance !== 'stride') {
        throw new OverwriteRefused(target, provenance);
    }
}

/**
 * Writes a temporary file beside the target, flushes it to disk, then renames it over the
 * target. A target that is a symbolic link stays one: the file it leads to is replaced, with
 * the permissions it had. Temporary files that killed exports left there are removed after.
 */
export async function writeAtomically(target: string, text: string | Uint8Array): Promise<void> {
    let temporary: string | null = null;
    try {
        const destination = await followLinks(target);
        const permissions = await permissionsOf(destination);
        temporary = temporaryBeside(destination);
        const file = await open(temporary, 'wx', permissions ?? 0o666);
        try {
            if (permissions !== null) {
                // The mode given to open is narrowed by the umask; the target's own is kept whole.
                await file.chmod(permissions);
            }
            await file.writeFile(text, 'utf8');
            await file.sync();
        } finally {
            await file.close();
        }
        await rename(temporary, destination);
        await removeLeftovers(destination);
    } catch (error) {
        if (temporary !== null) {
            await rm(temporary, { force: true });
        }
        throw new ExportError(`cannot write ${target}: ${fileErrorReason(error, 'writing')}`);
    }
}

/** The file a path leads to through any symbolic links, including one that leads to a file not there yet. */
async function followLinks(path: string): Promise<string> {
    try {
        return await realpath(path);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
            throw error;
        }
        let link: string;
        try {
            link = await readlink(path);
        } catch {
            return path; // not a link: a new file, or a folder that is missing (which the write then reports)
        }
        return followLinks(resolve(dirname(path), link));
    }
}

/** The permission bits of an existing file; null when there is none. */
async function permissionsOf(path: string): Promise<number | null> {
    try {
        return (await stat(path)).mode & 0o7777;
    } catch {
        return null;
    }
}

/** `.plan.ics.<pid>-<12 hex digits>.tmp`: the pid tells a running export's file from a killed one's. */
function temporaryBeside(target: string): string {
    return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

const TEMPORARY_MIDDLE = /^(?:(\d+)-)?[0-9a-f]{12}$/;

/**
 * Removes the temporary files of this target whose export no longer runs (their pid is gone,
 * or they carry none, as earlier versions wrote them). Best effort: an export that succeeded
 * does not fail because a leftover could not be removed.
 */
async function removeLeftovers(target: string): Promise<void> {
    const folder = dirname(target);
    const prefix = `.${basename(target)}.`;
    try {
        for (const name of await readdir(folder)) {
            const middle = name.startsWith(prefix) && name.endsWith('.tmp') ? TEMPORARY_MIDDLE.exec(name.slice(prefix.length, -'.tmp'.length)) : null;
            if (middle !== null && !(middle[1] !== undefined && isRunning(Number(middle[1])))) {
                await rm(join(folder, name), { force: true });
            }
        }
    } catch {
        // A folder that cannot be listed, or a file that cannot be removed, stays as it is.
    }
}

function isRunning(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        // EPERM: the process exists but belongs to someone else.
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}

/**
 * Export files on disk, through Node: the CLI's, and the desktop extension's for `file:`
 * places. A file is replaced in one rename of a temporary file written beside it and flushed
 * to disk, so a crash leaves the old file or the new, never half of each.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ExportError } from './errors.js';
import type { ExportFile, ExportFolder } from './export-target.js';
import { fileErrorReason } from './file-errors.js';

export function nodeFile(path: string): ExportFile {
    return {
        name: path,
        read: () => readExisting(path),
        write: bytes => writeAtomically(path, bytes),
        remove: () => rm(path, { force: true }),
    };
}

export function nodeFolder(path: string): ExportFolder {
    return {
        name: path,
        make: () => makeFolder(path),
        file: name => nodeFile(join(path, name)),
    };
}

/** The file's bytes, or null when there is none. */
async function readExisting(target: string): Promise<Uint8Array | null> {
    try {
        return await readFile(target);
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

async function makeFolder(path: string): Promise<void> {
    try {
        await mkdir(path, { recursive: true });
    } catch (error) {
        const { code } = error as NodeJS.ErrnoException;
        throw new ExportError(`cannot make the folder ${path}: ${code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : fileErrorReason(error, 'writing')}`);
    }
}

/**
 * Writes a temporary file beside the target, flushes it to disk, then renames it over the
 * target. A target that is a symbolic link stays one: the file it leads to is replaced, with
 * the permissions it had. Temporary files that killed exports left there are removed after.
 */
export async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
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
            await file.writeFile(bytes);
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

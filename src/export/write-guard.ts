/**
 * Writing an export without losing anyone's data: a file Stride did not write, or changed
 * since Stride wrote it, is only replaced when the user says so (`force`), and the new file
 * replaces the old in one rename, so a crash leaves one or the other, never half of each.
 * No `vscode` here: the CLI passes --force, the extension asks the user first.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ExportError } from './errors.js';
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
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
            return null;
        }
        throw new ExportError(`cannot read ${target}: ${reasonOf(error)}`);
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

/** Writes a temporary file beside the target, flushes it to disk, then renames it over the target. */
export async function writeAtomically(target: string, text: string | Uint8Array): Promise<void> {
    const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        const file = await open(temporary, 'wx');
        try {
            await file.writeFile(text, 'utf8');
            await file.sync();
        } finally {
            await file.close();
        }
        await rename(temporary, target);
    } catch (error) {
        await rm(temporary, { force: true });
        throw new ExportError(`cannot write ${target}: ${reasonOf(error)}`);
    }
}

/** Why the file system said no, without the temporary file's name. */
function reasonOf(error: unknown): string {
    switch ((error as NodeJS.ErrnoException).code) {
        case 'ENOENT': return 'its folder does not exist';
        case 'EISDIR': return 'it is a folder';
        case 'EACCES':
        case 'EPERM': return 'permission denied';
        case 'EROFS': return 'the file system is read-only';
        case 'ENOSPC': return 'the disk is full';
        default: return (error as Error).message;
    }
}

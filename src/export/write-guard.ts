/**
 * Writing an export without losing anyone's data: a file Stride did not write, or changed
 * since Stride wrote it, is only replaced when the user says so (`force`). The decision alone,
 * wherever the file is: the CLI passes --force, the extension asks the user first.
 */
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

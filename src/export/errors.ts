/** Why an export cannot be done as asked, in one line the user can act on (the CLI prints it, the extension shows it). */
export class ExportError extends Error {
    override readonly name = 'ExportError';
}

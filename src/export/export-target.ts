/**
 * Where an export reads and writes, wherever the files are: on disk through Node (the CLI, the
 * extension on the desktop: node-files.ts), or through the editor's file system (VS Code for the
 * Web, and folders that are not on disk: src/extension). What to write, and whether a file may be
 * replaced, is decided above this, the same for both.
 */

/** A file an export reads and replaces. Each method throws ExportError, saying why in words. */
export interface ExportFile {
    /** How messages name it: its path. */
    readonly name: string;
    /** Its bytes; null when there is no such file. */
    read(): Promise<Uint8Array | null>;
    /** Replaces it whole, or creates it. */
    write(bytes: Uint8Array): Promise<void>;
    /** Removes it; nothing when it is gone already. */
    remove(): Promise<void>;
}

/** A folder an export fills with files. */
export interface ExportFolder {
    readonly name: string;
    /** Makes it, and the folders it is in, when missing. */
    make(): Promise<void>;
    /** A file in it, by name. */
    file(name: string): ExportFile;
}

/** The text of a file as UTF-8, a byte order mark kept (our own files have none: one makes the file another's). */
export function decodeText(bytes: Uint8Array): string {
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

export function encodeText(text: string): Uint8Array {
    return new TextEncoder().encode(text);
}

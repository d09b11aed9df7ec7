/**
 * SHA-256, the digest of every mark Stride writes: each event's hash, the calendar's checksum,
 * the UIDs, the watch folder's list. Node's own where there is Node (the CLI, the language
 * server and the extension on the desktop), as it is several times faster than any script;
 * @noble/hashes in a browser's worker (VS Code for the Web), where nothing synchronous is built
 * in. Node's is reached through `process.getBuiltinModule`, so that no bundle for the browser
 * meets a `node:` import.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { base64urlnopad } from '@scure/base';

/** What this module needs of `node:crypto`. */
export interface NodeCrypto {
    hash(algorithm: 'sha256', data: string | Uint8Array, encoding: 'hex' | 'base64url'): string;
}

export interface Sha256 {
    /** 64 hex digits. */
    hex(data: string | Uint8Array): string;
    /** 43 characters of base64url without padding, none of which iCalendar TEXT escapes. */
    base64url(data: string | Uint8Array): string;
}

const utf8 = new TextEncoder();

/** Node's SHA-256 when given `node:crypto`, else the script one; both give the same digests. */
export function sha256Of(nodeCrypto: NodeCrypto | undefined): Sha256 {
    if (nodeCrypto) {
        return {
            hex: data => nodeCrypto.hash('sha256', data, 'hex'),
            base64url: data => nodeCrypto.hash('sha256', data, 'base64url'),
        };
    }
    const digest = (data: string | Uint8Array) => sha256(typeof data === 'string' ? utf8.encode(data) : data);
    return {
        hex: data => bytesToHex(digest(data)),
        base64url: data => base64urlnopad.encode(digest(data)),
    };
}

const host = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };

export const { hex: sha256Hex, base64url: sha256Base64url } = sha256Of(host.process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined);

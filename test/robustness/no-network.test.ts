/**
 * The extension makes no network request, and runs in a workspace VS Code does not trust.
 * What ships is bundled here as esbuild.mjs bundles it, and every module it can load is
 * listed: the only one that can open a connection is Node's `net`, which vscode-jsonrpc uses
 * for its socket and named-pipe transports; the client starts the server over Node IPC. In a
 * browser (VS Code for the Web) the one request is for the extension's own server script,
 * where VS Code loaded the extension from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Node modules that can talk to a network. */
const NETWORK_MODULES = /^(node:)?(net|http|https|http2|tls|dgram|dns|undici)$/;

/** Web APIs that make requests, were any bundled code to call them. */
const NETWORK_GLOBALS = /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon/g;

function browserBundles(): Promise<esbuild.BuildResult<{ write: false }>> {
    return esbuild.build({
        absWorkingDir: ROOT,
        entryPoints: { 'extension-browser': 'src/extension/extension-browser.ts', 'language-server-browser': 'src/language/main-browser.ts' },
        bundle: true,
        write: false,
        outdir: 'dist',
        platform: 'browser',
        format: 'cjs',
        target: 'es2022',
        external: ['vscode'],
        logLevel: 'silent',
    });
}

async function shippedBundles(): Promise<esbuild.BuildResult<{ metafile: true; write: false }>> {
    return esbuild.build({
        absWorkingDir: ROOT,
        entryPoints: { extension: 'src/extension/extension.ts', 'language-server': 'src/language/main.ts' },
        bundle: true,
        write: false,
        metafile: true,
        outdir: 'dist',
        platform: 'node',
        format: 'cjs',
        target: 'node22',
        external: ['vscode'],
        logLevel: 'silent',
    });
}

describe('no network request', () => {
    test('the extension and the language server load no network module but the JSON-RPC transports\' `net`', async () => {
        const { metafile } = await shippedBundles();
        const networkImports = Object.entries(metafile.inputs).flatMap(([input, { imports }]) =>
            imports.filter(imported => imported.external && NETWORK_MODULES.test(imported.path)).map(imported => `${imported.path} <- ${input}`));
        expect(networkImports.length).toBeGreaterThan(0);
        for (const imported of networkImports) {
            expect(imported).toMatch(/^net <- node_modules\/(.+\/)?vscode-jsonrpc\/lib\/node\/main\.js$/);
        }
    }, 60_000);

    test('no bundled code calls fetch, XMLHttpRequest, WebSocket, EventSource or sendBeacon', async () => {
        const { outputFiles } = await shippedBundles();
        expect(outputFiles.map(file => file.text.match(NETWORK_GLOBALS) ?? [])).toEqual([[], []]);
    }, 60_000);

    test('the client starts the server over Node IPC, not a socket', () => {
        const client = readFileSync(join(ROOT, 'src/extension/node-language-client.ts'), 'utf8');
        expect(client).toMatch(/transport: TransportKind\.ipc/);
        expect(client).not.toMatch(/TransportKind\.socket/);
    });

    test('in a browser, the one request is the client\'s, for the server\'s script in the extension\'s own folder', async () => {
        const { outputFiles } = await browserBundles();
        expect(outputFiles.map(file => file.text.match(NETWORK_GLOBALS) ?? [])).toEqual([['fetch('], []]);
        const client = readFileSync(join(ROOT, 'src/extension/language-client-browser.ts'), 'utf8');
        expect(client.match(NETWORK_GLOBALS)).toEqual(['fetch(']);
        expect(client).toMatch(/const location = vscode\.Uri\.joinPath\(extensionUri, 'dist', 'language-server-browser\.js'\);\n\s*const response = await fetch\(location\.toString\(\)\);/);
    }, 60_000);
});

describe('restricted mode', () => {
    test('the manifest declares that the extension works in an untrusted workspace', () => {
        const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { capabilities?: { untrustedWorkspaces?: { supported?: unknown } } };
        expect(manifest.capabilities?.untrustedWorkspaces?.supported).toBe(true);
    });
});

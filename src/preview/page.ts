/**
 * The preview's HTML page, in a VS Code webview (script and styles linked from the extension's
 * media folder) or as a standalone file (both inlined, the model in a JSON data block). Either
 * way a strict content security policy runs only the script that carries this page's nonce.
 */
import { base64 } from '@scure/base';
import type { PreviewModel } from './model.js';
import { MODEL_ELEMENT_ID } from './protocol.js';

export type PageAssets =
    /** A webview: `cspSource` is the webview's own origin for the media folder, the others are webview URIs. */
    | { readonly kind: 'linked'; readonly cspSource: string; readonly styleUris: readonly string[]; readonly scriptUri: string }
    /** A standalone file: the stylesheets' and the script's text, and the model to show. */
    | { readonly kind: 'inline'; readonly styles: readonly string[]; readonly script: string; readonly model: PreviewModel };

/** 128 random bits, base64: a new one for every page, so no other script can guess it. */
function newNonce(): string {
    return base64.encode(crypto.getRandomValues(new Uint8Array(16)));
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, char => HTML_ESCAPES[char]);
}

/** Text that cannot end the `<script>` or `<style>` element it is inlined in: `</` never appears in it as such. */
function inlineSafe(text: string): string {
    return text.replace(/<\//g, '<\\/');
}

/** The model as JSON that an HTML parser reads as data to the end: no `<` in it at all. */
function modelJson(model: PreviewModel): string {
    return JSON.stringify(model).replace(/</g, '\\u003c');
}

/** Nothing but the page's own stylesheets and its one script: no images, fonts, frames or connections at all. */
function contentSecurityPolicy(assets: PageAssets, nonce: string): string {
    const styles = assets.kind === 'linked' ? assets.cspSource : `'nonce-${nonce}'`;
    return `default-src 'none'; style-src ${styles}; script-src 'nonce-${nonce}';`;
}

export function previewPage(title: string, assets: PageAssets, nonce: string = newNonce()): string {
    const styles = assets.kind === 'linked'
        ? assets.styleUris.map(uri => `<link rel="stylesheet" href="${escapeHtml(uri)}">`)
        : assets.styles.map(style => `<style nonce="${nonce}">${inlineSafe(style)}</style>`);
    const scripts = assets.kind === 'linked'
        ? [`<script nonce="${nonce}" src="${escapeHtml(assets.scriptUri)}"></script>`]
        : [
            `<script type="application/json" id="${MODEL_ELEMENT_ID}">${modelJson(assets.model)}</script>`,
            `<script nonce="${nonce}">${inlineSafe(assets.script)}</script>`,
        ];
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(assets, nonce))}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtml(title)}</title>`,
        ...styles,
        '</head>',
        '<body>',
        '<main id="app" aria-busy="true"><p class="placeholder">Loading the plan…</p></main>',
        ...scripts,
        '</body>',
        '</html>',
        '',
    ].join('\n');
}

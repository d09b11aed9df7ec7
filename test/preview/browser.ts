/**
 * The preview in a real browser: Debian's Chromium driven by playwright-core, the webview
 * script bundled as it ships. A webview page is served from a made-up origin the way VS Code
 * serves the extension's media folder, with `acquireVsCodeApi` standing in for VS Code's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';
import { previewPage } from '../../src/preview/page.js';
import type { ToWebview } from '../../src/preview/protocol.js';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Where VS Code would serve the media folder from; the page's CSP allows only this origin. */
const ORIGIN = 'https://stride-preview.test';

const CONTENT_TYPES: Readonly<Record<string, string>> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

const BUNDLE = join(ROOT, 'media/build/preview.js');
const BUNDLE_LOCK = join(ROOT, 'media/build/.bundling');

/** When anything the webview bundle is built from last changed. */
function sourcesChanged(): number {
    const files = [
        ...readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).map(file => join(ROOT, 'src', file)),
        join(ROOT, 'esbuild.mjs'),
    ];
    return Math.max(...files.map(file => statSync(file).mtimeMs));
}

/**
 * Bundles the webview script with the project's own esbuild script, as `npm run build` does,
 * unless the bundle is newer than its sources. Test files run at once, so one bundles while
 * the others wait for it rather than read a file half written.
 */
function bundleWebview(): void {
    mkdirSync(dirname(BUNDLE_LOCK), { recursive: true });
    const waitUntil = Date.now() + 60_000;
    while (!tryMkdir(BUNDLE_LOCK) && Date.now() < waitUntil) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
    try {
        if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < sourcesChanged()) {
            execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'pipe' });
        }
    } finally {
        rmSync(BUNDLE_LOCK, { recursive: true, force: true });
    }
}

function tryMkdir(path: string): boolean {
    try {
        mkdirSync(path);
        return true;
    } catch {
        return false;
    }
}

/** The Chromium that test/setup/chromium.ts found or installed. */
function launchChromium(): Promise<Browser> {
    return chromium.launch({ executablePath: inject('chromium'), args: CHROMIUM_FLAGS });
}

/** For a test file: bundles the webview and starts Chromium before its tests, closes it after; returns the browser. */
export function chromiumForTests(): () => Browser {
    let browser: Browser | undefined;
    beforeAll(async () => {
        bundleWebview();
        browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
        await browser?.close();
    });
    return () => browser!;
}

export type ColorScheme = 'light' | 'dark';

/** What a page did: every URL it requested, and its console errors and warnings (CSP violations among them) and uncaught errors. */
export interface PageWatch {
    readonly requests: string[];
    readonly problems: string[];
}

/** A page in the given scheme that serves the project's files from the webview origin and watches what happens. */
export async function openPage(browser: Browser, colorScheme: ColorScheme, width = 1400): Promise<{ page: Page; watch: PageWatch }> {
    const page = await browser.newPage({ viewport: { width, height: 1000 }, colorScheme, locale: 'en-GB' });
    const watch: PageWatch = { requests: [], problems: [] };
    page.on('console', message => {
        if (message.type() === 'error' || message.type() === 'warning') watch.problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', error => watch.problems.push(`page error: ${error.message}`));
    await page.route('**/*', async route => {
        const url = new URL(route.request().url());
        watch.requests.push(url.href);
        if (url.origin !== ORIGIN) {
            return route.abort();
        }
        const body = url.pathname === '/index.html' ? webviewHtml() : await readFile(join(ROOT, url.pathname));
        return route.fulfill({ body, contentType: CONTENT_TYPES[extname(url.pathname)] ?? 'application/octet-stream' });
    });
    return { page, watch };
}

/** The page the extension gives its webview, with the standalone palette in place of VS Code's theme variables. */
function webviewHtml(): string {
    return previewPage('Stride preview', {
        kind: 'linked',
        cspSource: ORIGIN,
        styleUris: [`${ORIGIN}/media/standalone-theme.css`, `${ORIGIN}/media/preview.css`],
        scriptUri: `${ORIGIN}/media/build/preview.js`,
    });
}

/** Loads the webview page with a stand-in for VS Code's API that keeps what the webview posts in `window.posted`. */
export async function openWebview(page: Page): Promise<void> {
    await page.addInitScript(() => {
        const posted: unknown[] = [];
        Object.assign(window, {
            posted,
            acquireVsCodeApi: () => ({ postMessage: (message: unknown) => posted.push(message), getState: () => undefined, setState: () => undefined }),
        });
    });
    await page.goto(`${ORIGIN}/index.html`);
}

/**
 * Sends a message to the webview the way VS Code delivers one, and returns once the page has
 * handled it: a second message, delivered after it, says so.
 */
export async function sendToWebview(page: Page, message: ToWebview): Promise<void> {
    await page.evaluate(data => new Promise<void>(resolve => {
        const handled = 'stride-test: handled';
        const listener = (event: MessageEvent) => {
            if (event.data === handled) {
                window.removeEventListener('message', listener);
                resolve();
            }
        };
        window.addEventListener('message', listener);
        window.postMessage(data, '*');
        window.postMessage(handled, '*');
    }), message);
}

/** What the webview has posted to the extension so far. */
export function postedByWebview(page: Page): Promise<unknown[]> {
    return page.evaluate(() => (window as unknown as { posted: unknown[] }).posted);
}

/** Opens a standalone HTML file's text as a page of its own (served, so that its CSP applies as it would from disk). */
export async function openStandalone(page: Page, watch: PageWatch, html: string): Promise<void> {
    await page.route(`${ORIGIN}/plan.html`, route => {
        watch.requests.push(route.request().url());
        return route.fulfill({ body: html, contentType: 'text/html' });
    });
    await page.goto(`${ORIGIN}/plan.html`);
}

/** How many pixels of a canvas have this red, green, blue and alpha, each within 3 (anti-aliasing leaves the rest). */
export function countPixels(page: Page, selector: string, rgba: readonly number[]): Promise<number> {
    return page.locator(selector).evaluate((canvas: HTMLCanvasElement, colour) => {
        // Read from a copy, so the chart's own canvas is left as the page made it.
        const copy = document.createElement('canvas');
        copy.width = canvas.width;
        copy.height = canvas.height;
        const context = copy.getContext('2d', { willReadFrequently: true })!;
        context.drawImage(canvas, 0, 0);
        const { data } = context.getImageData(0, 0, copy.width, copy.height);
        let count = 0;
        for (let index = 0; index < data.length; index += 4) {
            if (colour.every((value, channel) => Math.abs(data[index + channel] - value) <= 3)) count++;
        }
        return count;
    }, rgba);
}

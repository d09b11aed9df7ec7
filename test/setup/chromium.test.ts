/**
 * scripts/chromium.mjs, the one place that finds or installs Chromium, run as a newcomer's
 * machine would run it: in a child process whose PATH holds only stand-ins for dpkg-query,
 * apt-get and sudo, which record what they were asked and never touch the machine.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';

const SCRIPT = pathToFileURL(join(import.meta.dirname, '..', '..', 'scripts', 'chromium.mjs')).href;
const folders: string[] = [];

afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A folder of stand-in commands: `sh` (the real one, which scripts/debian-packages.mjs runs), and the given scripts. */
function fakeBin(commands: Record<string, string>): string {
    const bin = mkdtempSync(join(tmpdir(), 'stride-fake-bin-'));
    folders.push(bin);
    symlinkSync('/bin/sh', join(bin, 'sh'));
    for (const [name, script] of Object.entries(commands)) {
        writeFileSync(join(bin, name), `#!/bin/sh\n${script}\n`);
        chmodSync(join(bin, name), 0o755);
    }
    return bin;
}

/** Runs ensureChromium() on a PATH of only `bin`; its output, one line per message, ends in `found <path>` or `error <message>`. */
function ensureChromium(bin: string, env: Record<string, string> = {}): string[] {
    const program = `import { ensureChromium } from ${JSON.stringify(SCRIPT)};
        try { console.log('found ' + ensureChromium('a test')); } catch (error) { console.log('error ' + error.message); }`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', program], { env: { PATH: bin, ...env }, encoding: 'utf8' });
    return `${run.stdout}${run.stderr}`.trimEnd().split('\n');
}

const NOT_INSTALLED = 'exit 1';
/** apt-get that says what it was asked, and installs a stand-in chromium beside itself. */
const APT_GET = 'echo "apt-get $*"; [ "$1" = install ] && printf "#!/bin/sh\\n" > "${0%/*}/chromium" && /bin/chmod +x "${0%/*}/chromium"; exit 0';
const SUDO = 'echo "sudo $1"; exec "$@"';

describe('ensureChromium', () => {
    test('uses STRIDE_CHROMIUM, and installs nothing', () => {
        const bin = fakeBin({ 'dpkg-query': NOT_INSTALLED, 'apt-get': APT_GET, sudo: SUDO, 'my-chromium': 'exit 0' });
        expect(ensureChromium(bin, { STRIDE_CHROMIUM: join(bin, 'my-chromium') })).toEqual([`found ${join(bin, 'my-chromium')}`]);
    });

    test('says so when STRIDE_CHROMIUM names nothing it can run', () => {
        const bin = fakeBin({ 'apt-get': APT_GET });
        expect(ensureChromium(bin, { STRIDE_CHROMIUM: '/nowhere/chromium' })).toEqual(['error STRIDE_CHROMIUM is /nowhere/chromium, which is not an executable file']);
    });

    test('finds a Chromium on PATH, and installs nothing', () => {
        const bin = fakeBin({ 'dpkg-query': NOT_INSTALLED, 'apt-get': APT_GET, sudo: SUDO, chromium: 'exit 0' });
        expect(ensureChromium(bin)).toEqual([`found ${join(bin, 'chromium')}`]);
    });

    test('without one, says what it installs and why, then installs Debian\'s', () => {
        const bin = fakeBin({ 'dpkg-query': NOT_INSTALLED, 'apt-get': APT_GET, sudo: SUDO });
        const lines = ensureChromium(bin).filter(line => !line.startsWith('sudo '));
        expect(lines[0]).toBe('[setup] Debian packages for a test, not installed yet:');
        expect(lines[1]).toMatch(/^\[setup\] {3}chromium: the browser that playwright-core drives/);
        expect(lines[2]).toMatch(/^\[setup\] installing them now with `(sudo )?apt-get install -y --no-install-recommends chromium`/);
        expect(lines.slice(3)).toEqual([
            'apt-get update -qq',
            'apt-get install -y --no-install-recommends chromium',
            '[setup] installed chromium',
            `found ${join(bin, 'chromium')}`,
        ]);
    });

    test('without one and without apt-get, says what to run', () => {
        const bin = fakeBin({ 'dpkg-query': NOT_INSTALLED });
        expect(ensureChromium(bin)).toEqual([
            expect.stringMatching(/^error chromium, for a test, can only be installed by apt-get as root: run `(sudo )?apt-get install -y --no-install-recommends chromium`$/),
        ]);
    });
});

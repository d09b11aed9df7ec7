/**
 * What `npm start` does to the clone: it serves playground/, a working copy of examples/, and
 * a later start keeps what the user changed there; and the code-server it installs is built
 * in an environment without the outer npm's variables.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { withoutOuterNpm } from '../../scripts/code-server.mjs';
import { preparePlayground } from '../../scripts/playground.mjs';

const folder = mkdtempSync(join(tmpdir(), 'stride-playground-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the playground', () => {
    const examples = join(folder, 'examples');
    const playground = join(folder, 'playground');
    mkdirSync(examples);
    writeFileSync(join(examples, 'a.stride'), 'plan "A"\n');
    writeFileSync(join(examples, 'b.stride'), 'plan "B"\n');

    test('is a copy of the examples at first', () => {
        expect(preparePlayground(examples, playground).sort()).toEqual(['a.stride', 'b.stride']);
        expect(readFileSync(join(playground, 'a.stride'), 'utf8')).toBe('plan "A"\n');
    });

    test('keeps the user\'s edits and brings back only what is missing', () => {
        writeFileSync(join(playground, 'a.stride'), 'plan "Mine"\n');
        rmSync(join(playground, 'b.stride'));
        writeFileSync(join(examples, 'c.stride'), 'plan "C"\n');
        expect(preparePlayground(examples, playground).sort()).toEqual(['b.stride', 'c.stride']);
        expect(readFileSync(join(playground, 'a.stride'), 'utf8')).toBe('plan "Mine"\n');
        expect(readdirSync(playground).sort()).toEqual(['a.stride', 'b.stride', 'c.stride']);
        expect(readdirSync(examples).sort()).toEqual(['a.stride', 'b.stride', 'c.stride']);
    });
});

describe('the code-server install\'s environment', () => {
    test('carries nothing of an outer npm on the system\'s Node 20', () => {
        const outer = {
            HOME: '/home/coach',
            LANG: 'C.UTF-8',
            PATH: ['/work/stride/node_modules/.bin', '/work/node_modules/.bin', '/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin', '/usr/local/bin', '/usr/bin'].join(':'),
            npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
            npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
            npm_node_execpath: '/usr/bin/node',
            npm_lifecycle_event: 'start',
            npm_package_name: 'stride',
            NPM_CONFIG_LOGLEVEL: 'error',
            INIT_CWD: '/work/stride',
            NODE: '/usr/bin/node',
        };
        expect(withoutOuterNpm(outer)).toEqual({ HOME: '/home/coach', LANG: 'C.UTF-8', PATH: '/usr/local/bin:/usr/bin' });
    });
});

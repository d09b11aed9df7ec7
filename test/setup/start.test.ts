/**
 * What `npm start` does to the clone: it serves playground/, a working copy of examples/, and
 * a later start keeps what the user changed there; and the code-server it installs is built
 * in an environment without the outer npm's variables.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { globalNpmrcOf, withoutOuterNpm } from '../../scripts/code-server.mjs';
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
    // What `npm start` hands its script on the system's Node 20, as npm 11 sets it.
    const outer = {
        HOME: '/home/coach',
        LANG: 'C.UTF-8',
        PATH: ['/work/stride/node_modules/.bin', '/work/node_modules/.bin', '/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin', '/usr/local/bin', '/usr/bin'].join(':'),
        npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
        npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
        npm_config_nodedir: '/usr',
        npm_config_local_prefix: '/work/stride',
        npm_config_loglevel: 'error',
        npm_config_npm_version: '11.19.1',
        npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
        npm_node_execpath: '/usr/bin/node',
        npm_command: 'start',
        npm_lifecycle_event: 'start',
        npm_lifecycle_script: 'node scripts/start.mjs',
        npm_package_name: 'stride',
        INIT_CWD: '/work/stride',
        NODE: '/usr/bin/node',
        npm_config_cafile: '/etc/ssl/certs/ca-certificates.crt',
        npm_config_globalconfig: '/usr/etc/npmrc',
        npm_config_userconfig: '/home/coach/.npmrc',
        npm_config_registry: 'https://registry.example.org/',
        npm_config_cache: '/home/coach/.npm',
    };

    test('carries nothing that npm derived from its own Node or from the project', () => {
        const clean = withoutOuterNpm(outer);
        for (const key of ['npm_config_user_agent', 'npm_config_node_gyp', 'npm_config_nodedir', 'npm_config_local_prefix', 'npm_execpath', 'npm_node_execpath', 'npm_lifecycle_event', 'npm_package_name', 'INIT_CWD', 'NODE']) {
            expect(clean).not.toHaveProperty(key);
        }
        expect(clean.PATH).toBe('/usr/local/bin:/usr/bin');
    });

    test('keeps the user\'s npm settings: the registry, its certificate, the config files and cache', () => {
        expect(withoutOuterNpm(outer)).toEqual({
            HOME: '/home/coach',
            LANG: 'C.UTF-8',
            PATH: '/usr/local/bin:/usr/bin',
            npm_config_cafile: '/etc/ssl/certs/ca-certificates.crt',
            npm_config_globalconfig: '/usr/etc/npmrc',
            npm_config_userconfig: '/home/coach/.npmrc',
            npm_config_registry: 'https://registry.example.org/',
            npm_config_cache: '/home/coach/.npm',
        });
    });

    test('reads the global npmrc of the npm it runs, not one beside the project\'s Node 22', () => {
        expect(globalNpmrcOf('/usr/lib/node_modules/npm/bin/npm-cli.js')).toBe('/usr/etc/npmrc');
        expect(globalNpmrcOf('/opt/node20/lib/node_modules/npm/bin/npm-cli.js')).toBe('/opt/node20/etc/npmrc');
        expect(globalNpmrcOf('/somewhere/else/npm-cli.js')).toBeUndefined();
    });
});

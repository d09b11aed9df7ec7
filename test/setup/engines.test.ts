/**
 * npm runs on the system's Node, and its checks of `engines` against that Node are off
 * (.npmrc): this is the check that matters. Every package installed must run on the project's
 * own Node (the `node` devDependency), the Node that runs every script, test and tool here,
 * and this test too.
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, test } from 'vitest';

interface LockedPackage {
    readonly version?: string;
    readonly engines?: Readonly<Record<string, string>> | readonly string[];
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> };
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
    devDependencies: Record<string, string>;
    engines: Record<string, string>;
    devEngines: { runtime: { name: string; version: string } };
};

describe('the project\'s own Node', () => {
    test('runs the tests', () => {
        expect(process.version).toBe(`v${lock.packages['node_modules/node'].version}`);
        expect(semver.satisfies(process.version, manifest.devDependencies.node)).toBe(true);
    });

    test('is one that every installed package declares it runs on', () => {
        const misfits = Object.entries(lock.packages)
            .filter(([, locked]) => {
                const range = Array.isArray(locked.engines) ? undefined : (locked.engines as Record<string, string> | undefined)?.node;
                return range !== undefined && !semver.satisfies(process.version, range, { includePrerelease: true });
            })
            .map(([path, locked]) => `${path}@${locked.version}`);
        expect(misfits).toEqual([]);
    });

    test('is what Stride itself needs, while installing needs only Node 20', () => {
        expect(semver.satisfies(process.version, manifest.engines.node)).toBe(true);
        expect(manifest.devEngines.runtime).toMatchObject({ name: 'node' });
        expect(semver.satisfies('20.12.0', manifest.devEngines.runtime.version)).toBe(true);
    });
});

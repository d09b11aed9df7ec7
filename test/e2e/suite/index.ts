/**
 * The mocha run inside VS Code's extension host (runTests' extensionTestsPath). It writes one
 * line per test and a last `N passed, N failed` line to $STRIDE_TEST_RESULTS, the channel the
 * launcher and test/e2e/run.mjs read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
    for (const file of fs.readdirSync(__dirname).filter(name => name.endsWith('.test.cjs')).sort()) {
        mocha.addFile(path.join(__dirname, file));
    }
    const lines: string[] = [];
    return new Promise((resolve, reject) => {
        const runner = mocha.run(failures => {
            const { passes, failures: failed } = runner.stats!;
            lines.push(`${passes} passed, ${failed} failed`);
            if (process.env.STRIDE_TEST_RESULTS) {
                fs.writeFileSync(process.env.STRIDE_TEST_RESULTS, lines.join('\n') + '\n');
            }
            if (failures > 0) {
                reject(new Error(`${failures} end-to-end tests failed`));
            } else {
                resolve();
            }
        });
        runner.on('pass', test => lines.push(`ok   ${test.fullTitle()} (${test.duration} ms)`));
        runner.on('fail', (test, error: Error) => lines.push(`FAIL ${test.fullTitle()}\n     ${String(error.stack ?? error).replace(/\n/g, '\n     ')}`));
    });
}

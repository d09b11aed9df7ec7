// Bundles the benchmark runner with esbuild, from the sources as they are (after `npm run bundle`,
// with the grammar generated in production mode, as the shipped server has it).
import * as esbuild from 'esbuild';

await esbuild.build({
    entryPoints: ['bench/run.ts'],
    outfile: 'bench/out/run.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    sourcemap: true,
    logLevel: 'warning',
    // Some dependencies are CommonJS and call require().
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});

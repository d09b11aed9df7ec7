// Bundles for what ships: the language server, the VS Code extension (each for Node and for a
// browser's web worker, VS Code for the Web), the CLI and the preview's webview script. `npm run bundle` first generates the grammar in Langium's production mode;
// type checking is tsc's job (`npm run typecheck`); this only bundles.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {esbuild.BuildOptions[]} */
const bundles = [
    {
        // Node, started by the extension over IPC, or by other editors with --stdio.
        entryPoints: { 'language-server': 'src/language/main.ts' },
        outdir: 'dist',
        outExtension: { '.js': '.cjs' },
        platform: 'node',
        format: 'cjs',
        target: 'node22',
    },
    {
        // The extension, loaded by VS Code's extension host, which provides `vscode`.
        entryPoints: { extension: 'src/extension/extension.ts' },
        outdir: 'dist',
        outExtension: { '.js': '.cjs' },
        platform: 'node',
        format: 'cjs',
        target: 'node22',
        external: ['vscode'],
    },
    {
        // VS Code for the Web: the language server in a web worker the extension starts.
        entryPoints: { 'language-server-browser': 'src/language/main-browser.ts' },
        outdir: 'dist',
        platform: 'browser',
        format: 'iife',
        target: 'es2022',
    },
    {
        // VS Code for the Web: the extension, which the web worker extension host loads as CommonJS
        // only when its name ends in .cjs (the package is "type": "module").
        entryPoints: { 'extension-browser': 'src/extension/extension-browser.ts' },
        outdir: 'dist',
        outExtension: { '.js': '.cjs' },
        platform: 'browser',
        format: 'cjs',
        target: 'es2022',
        external: ['vscode'],
    },
    {
        // `stride`, the command line, which bin/stride.js imports: split, so that a command loads
        // the exporters only when it needs them. Its CommonJS dependencies need a `require`.
        entryPoints: { main: 'src/cli/main.ts' },
        outdir: 'dist/cli',
        platform: 'node',
        format: 'esm',
        splitting: true,
        target: 'node22',
        banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    },
    {
        // The preview's webview script: loaded from media/ by the webview, inlined by `stride preview`.
        entryPoints: { preview: 'src/preview/webview/main.ts' },
        outdir: 'media/build',
        platform: 'browser',
        format: 'iife',
        target: 'es2022',
    },
];

const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    logLevel: 'warning',
};

for (const options of bundles) {
    const context = await esbuild.context({ ...common, ...options });
    if (watch) {
        await context.watch();
    } else {
        await context.rebuild();
        await context.dispose();
    }
}

// What `npm run package` made: a .vsix under 2 MB that holds what runs and nothing else (no
// sources, tests, source maps or node_modules: the bundles carry their dependencies).
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '@vscode/vsce';

const LIMIT_BYTES = 2 * 1024 * 1024;
const SHIPPED = /^(dist\/(extension|language-server)\.cjs|media\/[\w-]+\.(css|svg|png)|media\/build\/[\w-]+\.js|syntaxes\/[\w.-]+\.json|snippets\/[\w-]+\.json|language-configuration\.json|package\.json|README\.md|LICENSE)$/;

/** Returns [{ name, error }] as the other parts of the suite do, and the sizes it measured. */
export async function checkPackage({ root, vsix }) {
  const files = await listFiles({ cwd: root, dependencies: false });
  const sizes = Object.fromEntries([vsix, ...files.filter((file) => /\.(cjs|js)$/.test(file)).map((file) => path.join(root, file))]
    .map((file) => [path.basename(file), fs.statSync(file).size]));
  const results = [];
  const check = (name, run) => {
    try {
      run();
      results.push({ name });
    } catch (error) {
      results.push({ name, error });
    }
  };
  check('the .vsix is under 2 MB', () => {
    if (sizes[path.basename(vsix)] >= LIMIT_BYTES) throw new Error(`${path.basename(vsix)} is ${sizes[path.basename(vsix)]} bytes`);
  });
  check('the .vsix holds the two bundles, the webview assets and the language files, and nothing else', () => {
    const strays = files.filter((file) => !SHIPPED.test(file));
    if (strays.length > 0) throw new Error(`not meant to ship: ${strays.join(', ')}`);
    for (const bundle of ['dist/extension.cjs', 'dist/language-server.cjs']) {
      if (!files.includes(bundle)) throw new Error(`${bundle} is missing`);
    }
  });
  return { results, sizes };
}

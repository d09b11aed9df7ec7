// What `npm run package` made, read from the .vsix itself: under 2 MB; what runs and what the
// Marketplace shows and nothing else (no sources, tests, source maps or node_modules: the
// bundles carry their dependencies); a manifest ready for the Marketplace; and the readme it
// shows, README.marketplace.md, with every link and image found in the package or absolute.
import fs from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import yauzl from 'yauzl';

const LIMIT_BYTES = 2 * 1024 * 1024;
// vsce writes the readme as readme.md, the changelog as changelog.md and LICENSE as LICENSE.txt.
const SHIPPED = /^(extension\.vsixmanifest|\[Content_Types\]\.xml|extension\/(dist\/(extension|language-server)\.cjs|media\/(preview\.css|icon\.png|screenshots\/[\w-]+\.png|build\/[\w-]+\.js)|syntaxes\/stride\.tmLanguage\.json|snippets\/stride\.json|language-configuration\.json|package\.json|readme\.md|changelog\.md|LICENSE\.txt))$/;
const REQUIRED = ['extension/dist/extension.cjs', 'extension/dist/language-server.cjs', 'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt'];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Returns [{ name, error }] as the other parts of the suite do, and the sizes it measured. */
export async function checkPackage({ root, vsix }) {
  const entries = await readVsix(vsix);
  const names = [...entries.keys()];
  const sizes = Object.fromEntries([
    [path.basename(vsix), fs.statSync(vsix).size],
    ...names.filter((name) => /\.(cjs|js)$/.test(name)).map((name) => [path.basename(name), entries.get(name).length]),
  ]);
  const manifest = JSON.parse(entries.get('extension/package.json')?.toString('utf8') ?? '{}');
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
  check('the .vsix holds the bundles, the webview assets, the language files, the icon, screenshots, readme, changelog and licence, and nothing else', () => {
    const strays = names.filter((name) => !SHIPPED.test(name));
    if (strays.length > 0) throw new Error(`not meant to ship: ${strays.join(', ')}`);
    const missing = REQUIRED.filter((name) => !entries.has(name));
    if (missing.length > 0) throw new Error(`missing: ${missing.join(', ')}`);
  });
  check('the manifest has a publisher of its own, an icon, repository, homepage and bugs, a gallery banner, categories and keywords', () => {
    const problems = [];
    if (!/^[a-z0-9][a-z0-9-]*$/.test(manifest.publisher ?? '') || manifest.publisher === manifest.name) {
      problems.push(`publisher ${JSON.stringify(manifest.publisher)} is not a publisher id of its own`);
    }
    const icon = entries.get(`extension/${manifest.icon}`);
    const [width, height] = icon ? pngSize(icon) : [0, 0];
    if (width < 128 || height < 128) problems.push(`icon ${JSON.stringify(manifest.icon)} is not a PNG of 128 x 128 or more in the package`);
    for (const [field, url] of [['repository.url', manifest.repository?.url], ['homepage', manifest.homepage], ['bugs.url', manifest.bugs?.url]]) {
      if (!/^https:\/\/[^/\s]+/.test(url ?? '')) problems.push(`${field} is ${JSON.stringify(url)}, not an https URL`);
    }
    if (!/^#[0-9a-f]{6}$/i.test(manifest.galleryBanner?.color ?? '') || !['dark', 'light'].includes(manifest.galleryBanner?.theme)) {
      problems.push(`galleryBanner is ${JSON.stringify(manifest.galleryBanner)}`);
    }
    if (!(manifest.categories?.length > 0)) problems.push('no categories');
    if (!(manifest.keywords?.length > 0) || manifest.keywords.length > 30) problems.push(`${manifest.keywords?.length ?? 0} keywords, where 1 to 30 are taken`);
    if (problems.length > 0) throw new Error(problems.join('; '));
  });
  check('the packaged readme is README.marketplace.md, and its links and images resolve in the package or are absolute URLs', () => {
    const readme = entries.get('extension/readme.md')?.toString('utf8') ?? '';
    if (readme !== fs.readFileSync(path.join(root, 'README.marketplace.md'), 'utf8')) {
      throw new Error('extension/readme.md is not README.marketplace.md as written');
    }
    const broken = [];
    marked.walkTokens(marked.lexer(readme), (token) => {
      if (token.type !== 'link' && token.type !== 'image') return;
      const target = token.href;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return;
      const file = path.posix.join('extension', decodeURI(target.split('#')[0]));
      if (!entries.has(file)) broken.push(`${target} (no ${file})`);
      else if (token.type === 'image' && !entries.get(file).subarray(0, 8).equals(PNG_SIGNATURE)) broken.push(`${target} (not a PNG)`);
    });
    if (broken.length > 0) throw new Error(`not in the package: ${broken.join(', ')}`);
  });
  return { results, sizes };
}

/** Every file of the .vsix by its path, with its bytes. */
async function readVsix(vsix) {
  const zip = await yauzl.openPromise(vsix);
  const entries = new Map();
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      const chunks = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk);
      entries.set(entry.fileName, Buffer.concat(chunks));
    }
  } finally {
    zip.close();
  }
  return entries;
}

/** A PNG's width and height from its header; [0, 0] for anything else. */
function pngSize(bytes) {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return [0, 0];
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

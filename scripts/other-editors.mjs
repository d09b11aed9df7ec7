#!/usr/bin/env node
// Tries the README's snippets for other editors as a user who pasted them would: headless
// Neovim with the "Neovim 0.7 or newer" snippet (and the 0.11 one, on a Neovim that has
// vim.lsp.config), and batch Emacs with the eglot snippet, each on the stdio language server
// (`npx --prefix <this folder> stride-language-server --stdio`, built by `npm run build`).
// Each opens a plan with a misspelt drill and prints that the server attached, the diagnostic
// it got and the completion at a drill. `npm run editors`; exits 1 when an editor fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDebianPackages } from './debian-packages.mjs';

const root = path.resolve(import.meta.dirname, '..');
const checks = path.join(import.meta.dirname, 'other-editors');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

// Line 7 has the mistake; line 8 the drill where completion is asked for.
const PLAN = `plan "Tried in another editor"
  start 2027-01-04
  pace easy 5:40/km

week 1 {
  tue run 8km @easy
  thu run 6km tempo-sprnt @easy
  sat run 12km long-run @easy
}
`;

if (!fs.existsSync(path.join(root, 'out', 'language', 'main.js'))) {
  console.error('other-editors: the language server is not built: run `npm run build` first');
  process.exit(2);
}
ensureDebianPackages({
  neovim: "runs the README's Neovim snippet headless",
  'emacs-nox': "runs the README's Emacs snippet in batch mode",
  ...(emacsMajor() < 29 ? { 'elpa-eglot': 'eglot, the LSP client Emacs 29 has built in' } : {}),
}, "trying the README's snippets for other editors");

/** The README's code block in `language` that holds `marker`, with this folder for /path/to/stride, and where it is. */
function readmeSnippet(language, marker) {
  const blocks = [...readme.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))];
  const block = blocks.find(([, code]) => code.includes(marker));
  if (!block) throw new Error(`README.md has no \`\`\`${language} block with ${marker}`);
  const first = readme.slice(0, block.index).split('\n').length + 1;
  return {
    code: block[1].replaceAll('/path/to/stride', root),
    lines: `README.md lines ${first}-${first + block[1].split('\n').length - 2}`,
  };
}

function emacsMajor() {
  const version = spawnSync('emacs', ['--version'], { encoding: 'utf8' });
  return Number(/GNU Emacs (\d+)/.exec(version.stdout ?? '')?.[1] ?? 0);
}

/** Runs one editor with `snippet` in a fresh folder holding plan.stride; prints what it printed; true when it passed. */
function tryEditor(title, snippet, run) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-editor-'));
  try {
    fs.writeFileSync(path.join(folder, 'plan.stride'), PLAN);
    console.log(`\n${title}, with the snippet of ${snippet.lines}`);
    const result = run(folder, snippet.code);
    const output = `${result.stdout ?? ''}`.trimEnd();
    if (output) console.log(output);
    const passed = result.status === 0 && !/^FAIL /m.test(output);
    if (!passed) {
      console.log(`FAIL ${title}: exit ${result.status ?? result.signal}${result.error ? ` (${result.error.message})` : ''}`);
      if (`${result.stderr ?? ''}`.trim()) console.log(`${result.stderr}`.trimEnd());
    }
    return passed;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const TIMEOUT_MS = 180_000;

function neovim(folder, snippet) {
  fs.writeFileSync(path.join(folder, 'init.lua'), snippet);
  return spawnSync('nvim', ['--headless', '-u', 'init.lua', '-i', 'NONE', '-c', `luafile ${path.join(checks, 'neovim-check.lua')}`, 'plan.stride'], {
    cwd: folder, encoding: 'utf8', timeout: TIMEOUT_MS, env: { ...process.env, XDG_STATE_HOME: folder, XDG_DATA_HOME: folder },
  });
}

function emacs(folder, snippet) {
  fs.writeFileSync(path.join(folder, 'init.el'), snippet);
  // package-initialize: what an interactive Emacs does at startup, and what finds an ELPA eglot.
  return spawnSync('emacs', ['--batch', '--eval', '(package-initialize)', '-l', 'init.el', '-l', path.join(checks, 'emacs-check.el')], {
    cwd: folder, encoding: 'utf8', timeout: TIMEOUT_MS, env: { ...process.env, HOME: folder },
  });
}

const neovimVersion = /NVIM v(\d+)\.(\d+)\.(\d+)/.exec(spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout ?? '');
const hasLspConfig = neovimVersion !== null && (Number(neovimVersion[1]) > 0 || Number(neovimVersion[2]) >= 11);
const tries = [
  ['Neovim, "Neovim 0.7 or newer"', readmeSnippet('lua', 'nvim_create_autocmd'), neovim],
  ...(hasLspConfig ? [['Neovim, "Neovim 0.11 or newer"', readmeSnippet('lua', 'vim.lsp.config'), neovim]] : []),
  ['Emacs, "Emacs (eglot)"', readmeSnippet('elisp', 'eglot-server-programs'), emacs],
];
console.log(`Trying the README's snippets on \`npx --prefix ${root} stride-language-server --stdio\`, with a plan whose line 7 misspells a drill:`);
const failed = tries.filter(([title, snippet, run]) => !tryEditor(title, snippet, run)).map(([title]) => title);
if (!hasLspConfig) console.log(`\nNot tried: "Neovim 0.11 or newer" (this Neovim is ${neovimVersion?.slice(1).join('.') ?? 'not found'}, which has no vim.lsp.config)`);
console.log(`\n${failed.length === 0 ? 'ok' : `FAILED: ${failed.join('; ')}`} (${tries.length} tried)`);
process.exit(failed.length === 0 ? 0 : 1);

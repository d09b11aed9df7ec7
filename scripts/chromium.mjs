// The one place that finds, or installs, the Chromium that playwright-core drives: the
// preview's browser tests (npm test), the end-to-end suite and `npm start`'s window all ask
// here. STRIDE_CHROMIUM names a binary to use instead; otherwise a Chromium on PATH, else
// Debian's package, installed when missing (no browser download works here).
import fs from 'node:fs';
import path from 'node:path';
import { ensureDebianPackages } from './debian-packages.mjs';

/**
 * How Chromium runs headless on this machine: no sandbox as root, and no background
 * networking, whose connections the closed network refuses by the dozen at every start.
 */
export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

const NAMES = ['chromium', 'chromium-browser'];

/** A Chromium already here: STRIDE_CHROMIUM (which must then exist), else one on PATH; undefined when none. */
export function findChromium() {
  const chosen = process.env.STRIDE_CHROMIUM;
  if (chosen) {
    if (!isExecutable(chosen)) throw new Error(`STRIDE_CHROMIUM is ${chosen}, which is not an executable file`);
    return chosen;
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The Chromium to drive: findChromium()'s, or Debian's, installed now (said first) when there is none. */
export function ensureChromium(purpose = 'Stride\'s browser tests') {
  const found = findChromium();
  if (found) return found;
  ensureDebianPackages({ chromium: 'the browser that playwright-core drives (about 100 MB with its libraries)' }, purpose);
  const installed = findChromium();
  if (!installed) throw new Error('the chromium package is installed, but no chromium is on PATH');
  return installed;
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

// The folder `npm start` serves: a working copy of examples/ (playground/, git-ignored), so
// that what a user types there, and what VS Code saves, never changes the clone.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Copies into `playground` each file of `examples` that it does not hold: the first start
 * copies them all; a later one brings back only what is missing (examples added since, or
 * deleted there), and leaves every file that is there as the user left it. Returns the names
 * copied.
 */
export function preparePlayground(examples, playground) {
  fs.mkdirSync(playground, { recursive: true });
  const copied = [];
  for (const name of fs.readdirSync(examples)) {
    const target = path.join(playground, name);
    if (fs.existsSync(target)) continue;
    fs.cpSync(path.join(examples, name), target, { recursive: true });
    copied.push(name);
  }
  return copied;
}

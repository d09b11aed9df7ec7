#!/usr/bin/env node
// The Stride language server for any LSP editor: `npx stride-language-server --stdio`.
import { requireNode22 } from './require-node-22.js';

requireNode22('stride-language-server');
await import('../out/language/main.js');

#!/usr/bin/env node
// Launcher for `npx clipdesk`: the CLI is TypeScript that Node 24 runs directly (type stripping).
// `npx` puts node_modules/.bin first on the PATH, so `node` here is the project's Node 24.
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  process.stderr.write(`clipdesk needs Node 24 or newer (this is ${process.version}); run it as \`npx clipdesk\` from the project, which uses the project's Node 24.\n`);
  process.exit(2);
}
await import('../main/cli/clipdesk.ts');

/**
 * `npm run lint` runs dependency-cruiser for one rule: no import cycles, type-only imports
 * included (a cycle through `import type` still ties two modules' shapes to each other).
 * Layering (the core imports no shell, the renderer only the contract) is in eslint.config.js.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules import each other in a circle; move what both need into a third module.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|out|dist|test-results)/' },
    // Type-only imports count: they are still dependencies a reader has to follow.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};

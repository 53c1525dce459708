/**
 * The directions the code may depend in (issue 21, docs/ARCHITECTURE.md).
 * Run by `npm run lint` (and so by CI): a new import against these rules fails the build.
 *
 * The shared leaf is `server/protocol/` (the wire and the vocabulary: categories, roles, card
 * contact kinds, ladder and burenbericht rules) together with `server/i18n/` (the message
 * catalogue). Server, Buurtbot and web import it; it imports nothing of theirs.
 */
const leaf = '^server/(protocol|i18n)/';
const testFile = '(^tests/|[.]test[.]tsx?$|/test-helpers[.]ts$|/fake-[^/]+[.]ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles: a cycle means two files are one area split in two.',
      from: { pathNot: testFile },
      to: { circular: true, viaOnly: { pathNot: testFile } },
    },
    {
      name: 'leaf-imports-only-itself',
      severity: 'error',
      comment:
        'The protocol and the catalogue are the leaf: they import nothing of server, bot or web.',
      from: { path: leaf, pathNot: testFile },
      to: { path: '^(server|bot|web|db)/', pathNot: leaf },
    },
    {
      name: 'domain-holds-rules-only',
      severity: 'error',
      comment:
        'server/domain is rules over the database: no http, realtime, dispatch wiring, areas, composition root or bot. (The job table in server/scheduler is storage: a rule may schedule a job in its own transaction.)',
      from: { path: '^server/domain/', pathNot: testFile },
      to: {
        path: '^(server/(http|realtime|dispatch|areas|presenters|cli|app|main|area|areas|deps|work)[./]|bot/)',
      },
    },
    {
      name: 'bot-engine-only-leaf',
      severity: 'error',
      comment: 'The Buurtbot engine imports only the shared leaf and itself.',
      from: { path: '^bot/engine/', pathNot: testFile },
      to: { path: '^(server|bot|web|db)/', pathNot: `(${leaf}|^bot/engine/)` },
    },
    {
      name: 'web-only-leaf',
      severity: 'error',
      comment: 'The web client imports only the shared leaf and itself.',
      from: { path: '^web/', pathNot: testFile },
      to: { path: '^(server|bot|db)/', pathNot: leaf },
    },
    {
      name: 'db-no-server',
      severity: 'error',
      comment: 'The database layer imports nothing of the server but the shared leaf.',
      from: { path: '^db/', pathNot: testFile },
      to: { path: '^(server|bot|web)/', pathNot: leaf },
    },
    {
      name: 'no-tests-from-production',
      severity: 'error',
      comment: 'Production code never depends on tests.',
      from: { path: '^(server|bot|web|db)/', pathNot: testFile },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^node_modules|^dist|^data|^coverage|^bench/results)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

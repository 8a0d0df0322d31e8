import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The dependency rule (docs/ARCHITECTURE.md): cli → commands → {load, validate, export, edit}
// → {plan, intervisie, capacity, coaching, calendar} → model, with i18n and data as leaves.
const core = ['plan', 'intervisie', 'capacity', 'coaching', 'calendar', 'report'];
const leaves = ['i18n', 'data'];
const edge = ['load', 'validate', 'export', 'edit'];
const SHAPE = 'cli → commands → {load, validate, export, edit} → {plan, intervisie, capacity, coaching, calendar} → model';

/** What each folder of src/ may import besides itself; src/cli/ may import everything and is imported by nothing. */
const below = {
  commands: [...edge, ...core, 'model', ...leaves],
  ...Object.fromEntries(edge.map((layer) => [layer, [...core, 'model', ...leaves]])),
  // validate checks what load parsed: the one edge folder that builds on another.
  validate: ['load', ...core, 'model', ...leaves],
  ...Object.fromEntries(core.map((layer) => [layer, [...core.filter((peer) => peer !== layer), 'model', ...leaves]])),
  model: [],
  // the catalogs word durations and take the language from model's types
  i18n: ['model'],
  data: ['model'],
};

// Import specifiers are matched as written, so a folder's rule depends on how deep a file sits in it.
const MAX_DEPTH = 4;

const up = (n) => `(?:\\.\\./){${n}}`;

// ./.. detours, absolute and file: paths would hide which layer an import reaches.
const UNREADABLE = '^(?:/|file:|\\.(?!(?:/|\\./(?:\\.\\./)*)(?:[^./][^/]*/)*[^./][^/]*$))';

function layerPatterns(layer, depth) {
  const allowed = [layer, ...below[layer]];
  // schema/*.json are shipped facts like src/data/, for the same layers.
  const schema = allowed.includes('data') ? '(?!schema/[^/]+\\.json$)' : '';
  return [
    {
      regex: `^${up(depth)}(?!\\.\\./)(?!(?:${allowed.join('|')})/)`,
      message: `src/${layer}/ may import only ${allowed.join(', ')} (${SHAPE}).`,
    },
    { regex: `^${up(depth + 1)}${schema}`, message: `src/${layer}/ imports nothing outside src/${schema ? ' but schema/*.json' : ''}.` },
    { regex: UNREADABLE, message: 'Write a plain relative path (no ./.., x/.., absolute or file: paths) so the dependency rule can read it.' },
  ];
}

const IMPURE = 'belongs in src/cli/: pass what the core needs (today, the zone, the locale, a seed, file contents) as an argument.';

// Node built-ins that reach files, processes, the machine, the network or the clock; path, url and util stay pure.
const builtins = [
  'fs', 'child_process', 'os', 'process', 'worker_threads', 'cluster', 'net', 'tls', 'http', 'https', 'http2',
  'dgram', 'dns', 'readline', 'tty', 'perf_hooks', 'timers', 'inspector', 'v8', 'vm', 'repl', 'module', 'async_hooks',
];
const impurePatterns = [
  { regex: `^(?:node:)?(?:${builtins.join('|')})(?:/.*)?$`, message: `The file system, processes, the OS, the network and timers: this ${IMPURE}` },
  { regex: '^(?:commander|@inquirer/.*)$', message: `argv and prompts: this ${IMPURE}` },
];
const randomNames = ['randomUUID', 'randomBytes', 'randomInt', 'randomFill', 'randomFillSync', 'getRandomValues', 'webcrypto'];
const impurePaths = [
  ...['crypto', 'node:crypto'].map((name) => ({ name, importNames: randomNames, message: 'Unseeded randomness: use the seeded PRNG.' })),
  { name: 'chalk', importNames: ['default', 'chalkStderr', 'supportsColor', 'supportsColorStderr'], message: 'The default chalk reads the terminal: build a Chalk with an explicit level.' },
];

// ESLint's no-restricted-imports does not see import(); esquery regexes cannot contain a literal slash.
const asSelector = (regex) => regex.replaceAll('/', '\\x2F');
const dynamicImports = (patterns) => [
  ...patterns.map(({ regex, message }) => ({ selector: `ImportExpression[source.value=/${asSelector(regex)}/]`, message })),
  ...patterns.map(({ regex, message }) => ({ selector: `TSImportType[argument.literal.value=/${asSelector(regex)}/]`, message })),
  { selector: 'ImportExpression[source.value=/^(?:node:)?crypto$/]', message: 'Unseeded randomness: use the seeded PRNG.' },
  { selector: "ImportExpression:not([source.type='Literal'])", message: 'Below src/cli/, import() takes a string literal so the dependency rule can check it.' },
];

// An Intl formatter's resolved options are the machine's unless built inline with a locale (and, for dates, a timeZone).
// (esquery reads a missing name as 'undefined', hence the type test; its :has cannot chain child steps.)
const EXPLICIT_INTL =
  "[callee.object.type=/^(?:New|Call)Expression$/][callee.object.callee.object.name='Intl'][callee.object.arguments.0]" +
  ":not([callee.object.arguments.0.type='Identifier'][callee.object.arguments.0.name='undefined'])" +
  ":matches(:not([callee.object.callee.property.name='DateTimeFormat']), [callee.object.arguments.1.type='ObjectExpression']" +
  ":has(Property > :matches(Identifier[name='timeZone'], Literal[value='timeZone']).key))";
// Calls that read the clock, or the machine's time zone and locale.
const ambient = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: `new Date() reads the clock: today ${IMPURE}` },
  { selector: "CallExpression[callee.name='Date']", message: `Date() reads the clock: today ${IMPURE}` },
  { selector: "NewExpression[callee.name='Date'][arguments.length>1]", message: "new Date(y, m, …) is the machine's local time: use Date.UTC." },
  { selector: "CallExpression[callee.property.name='getTimezoneOffset']", message: `The machine's time zone ${IMPURE}` },
  {
    selector: `CallExpression[callee.property.name='resolvedOptions']:not(${EXPLICIT_INTL})`,
    message: `resolvedOptions() of a formatter without an explicit locale and timeZone is the machine's: it ${IMPURE}`,
  },
  { selector: ":matches(NewExpression, CallExpression)[callee.object.name='Intl'][arguments.length=0]", message: `An Intl formatter without a locale uses the machine's; the locale ${IMPURE}` },
  { selector: "CallExpression[callee.property.name=/^toLocale(?:Date|Time)?String$/][arguments.length=0]", message: `toLocale…String() without a locale uses the machine's; the locale ${IMPURE}` },
  { selector: "CallExpression[callee.property.name='localeCompare'][arguments.length<2]", message: "localeCompare without a locale sorts by the machine's: pass one ('en')." },
];

function layerConfigs() {
  return Object.keys(below).flatMap((layer) =>
    Array.from({ length: MAX_DEPTH }, (_, i) => {
      const patterns = [...impurePatterns, ...layerPatterns(layer, i + 1)];
      return {
        files: [`src/${layer}/${'*/'.repeat(i)}*.{ts,mts,cts,js,mjs,cjs}`],
        rules: {
          'no-restricted-imports': ['error', { paths: impurePaths, patterns: patterns.map((p) => ({ ...p, caseSensitive: true })) }],
          'no-restricted-syntax': ['error', ...ambient, ...dynamicImports(patterns)],
        },
      };
    }),
  );
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/out/', 'src/validate/compiled/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: `The process ${IMPURE}` },
        // globalThis is the way around every other rule here (globalThis.process, globalThis.Date.now()).
        { name: 'globalThis', message: `globalThis reaches the process and the clock: it ${IMPURE}` },
        { name: 'global', message: `global reaches the process and the clock: it ${IMPURE}` },
        { name: 'performance', message: `The clock ${IMPURE}` },
        { name: 'console', message: 'The terminal belongs in src/cli/: write through io.out and io.err.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: `Date.now() reads the clock: today ${IMPURE}` },
        { object: 'Math', property: 'random', message: 'Unseeded randomness: use the seeded PRNG.' },
        { object: 'crypto', property: 'randomUUID', message: 'Unseeded randomness: use the seeded PRNG.' },
        { object: 'crypto', property: 'getRandomValues', message: 'Unseeded randomness: use the seeded PRNG.' },
      ],
    },
  },
  ...layerConfigs(),
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Only src/cli/ may touch the process, the file system, the clock and the terminal (docs/ARCHITECTURE.md).
const impure = {
  paths: [
    { name: 'node:fs', message: 'File access belongs in src/cli/.' },
    { name: 'node:fs/promises', message: 'File access belongs in src/cli/.' },
    { name: 'node:process', message: 'The process belongs in src/cli/.' },
    { name: 'commander', message: 'argv belongs in src/cli/.' },
    { name: '@inquirer/prompts', message: 'Prompts belong in src/cli/.' },
  ],
  patterns: [{ group: ['**/cli/**'], message: 'Nothing imports src/cli/.' }],
};

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
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', impure],
      'no-restricted-globals': ['error', { name: 'process', message: 'The process belongs in src/cli/.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Today arrives as an argument.' },
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG.' },
      ],
    },
  },
);

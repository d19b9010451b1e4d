// ESLint: typescript-eslint's type-checked recommendations over every TypeScript file, and the
// plain JavaScript recommendations over the scripts. Formatting is Prettier's (npm run lint runs both).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '_build/', '__tests__/fixtures/', '__tests__/golden/'] },
  js.configs.recommended,
  // A server's handler may read `self` before the line that assigns it: that is not a constant.
  { rules: { 'prefer-const': ['error', { ignoreReadBeforeAssign: true }] } },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Matching control characters is the point of the syntax checks (systemd.syntax(7): no NUL,
      // no newline in a value) and of the JSON grammar check.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests read JSON.parse results and jest's asymmetric matchers, both typed `any`: the unsafe-any
    // rules would only add casts there. src/ keeps them.
    files: ['__tests__/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
)

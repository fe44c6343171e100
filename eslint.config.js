import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig
      }
    }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      // Internal links are `resolve(route) + appState.query` (the URL state), and the state is
      // written with replaceState(current URL): the rule cannot follow either.
      'svelte/no-navigation-without-resolve': [
        'error',
        { ignoreLinks: true, ignoreReplaceState: true }
      ]
    }
  },
  {
    // One catalogue per language (src/lib/i18n): a text chosen by `lang === 'fr' ? … : …` is a
    // translation outside it. Every source file, routes and explorer included.
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ConditionalExpression > BinaryExpression.test[operator=/^[!=]==?$/][right.value=/^(fr|en)$/]:matches([left.name=/^(lang|pageLang)$/], [left.property.name='lang'])",
          message:
            'Inline language branch: put both texts in the catalogue (src/lib/i18n/) and read MESSAGES[lang], or a Record<Lang, …>.'
        }
      ]
    }
  },
  {
    ignores: [
      'build/',
      'build-*/',
      'dist/',
      '.svelte-kit/',
      '.svelte-kit-*/',
      'static/',
      'node_modules/',
      'test-results/'
    ]
  }
);

/**
 * Chooses the search theme components at build time. Offline mode provides
 * the Pagefind navbar search box and the "nothing is sent" sentence; Algolia
 * mode provides only the Algolia sentence, so `@theme/SearchBar` resolves to
 * `@docusaurus/theme-search-algolia`'s (loaded by the classic preset when
 * `themeConfig.algolia` is set).
 *
 * Why a plugin and not `src/theme/`: the site's own theme folder overrides
 * every theme, so a SearchBar there would hide Algolia's, and one that
 * switched at run time would ship both. Site plugins come after the preset's
 * themes, so these components override theme-classic's empty SearchBar.
 * Nothing of Algolia is bundled in offline mode because the Algolia theme is
 * not loaded at all then.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {validateOptions, type ThemeSwitchOptions} from './themeSwitchOptions';

/** The plugin factory; register it in `docusaurus.config.ts` after the preset. */
export default function searchThemeSwitch(
  _context: LoadContext,
  options: ThemeSwitchOptions,
): Plugin<void> {
  const themeDir = path.join(
    __dirname,
    '..',
    options.hostedSearch ? 'theme-algolia' : 'theme-offline',
  );
  return {
    name: 'sanctuary-search-theme',
    getThemePath: () => themeDir,
  };
}

searchThemeSwitch.validateOptions = validateOptions;

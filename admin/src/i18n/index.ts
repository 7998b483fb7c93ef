// Chinese by default (bundled), English loaded on demand when selected.
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'ra-core';
import zh from './zh';

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? import('./en').then((m) => m.default as unknown as TranslationMessages) : (zh as unknown as TranslationMessages)),
  'zh',
  [
    { locale: 'zh', name: '简体中文' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: false },
);

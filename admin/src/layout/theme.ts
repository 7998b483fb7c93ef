import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** react-admin's default theme with a font stack that needs no web font for Chinese (Roboto is bundled). */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  typography: {
    fontFamily: ['Roboto', '"Noto Sans CJK SC"', '"Noto Sans SC"', '"PingFang SC"', '"Microsoft YaHei"', '"Source Han Sans SC"', 'sans-serif'].join(','),
  },
};

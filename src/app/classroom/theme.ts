/** Which look the app has: the everyday one or a classroom high-contrast theme (dark or light canvas). Remembered as a setting. */
export const THEME_IDS = ['standard', 'contrast-dark', 'contrast-light'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

/** Whether a theme is one of the classroom's high-contrast ones. */
export const isHighContrast = (id: ThemeId): boolean => id !== 'standard';

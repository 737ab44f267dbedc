/** The app's URLs, in one place so features can link to each other without importing each other. */
export const appPaths = {
  home: '/',
  municipalities: '/municipalities',
  municipality: (code: string) => `/municipalities/${encodeURIComponent(code)}`,
  counties: '/counties',
  county: (code: string) => `/counties/${encodeURIComponent(code)}`,
} as const;

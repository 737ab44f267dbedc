// The catalogue of each language (locales/sv.ts, locales/en.ts) is written as one object, but the browser gets it in
// parts: the texts every page may show first (`common`), and each feature's texts when a page or section of that
// feature is first opened (the router's loaders call loadTexts), so the first page does not carry every page's
// texts. The parts are cut at build time by texts-plugin.ts (`virtual:texts/<language>/<bundle>`); a path names a
// top-level group of the catalogue or a key inside one. text-bundles.test.ts checks that every group is in a bundle
// and that each feature's code uses only the common texts and its own.

/** The texts of the frame and the public pages the first visit opens (the municipality list and pages). */
const common = [
  'app',
  'skipLink',
  'nav',
  'table',
  'language',
  'common',
  'upload',
  'errors',
  'notFound',
  'forbidden',
  'municipalities',
  'municipality',
  'counties',
  'county',
  'pagination',
  'places',
  'account',
  'roles',
  'population',
  // The header's link to the surveys, for those who may read them.
  'surveys.nav',
] as const;

/** Each feature's own texts, by its folder under src/features (a feature missing here needs only the common ones). */
export const featureTexts = {
  audit: ['audit'],
  auth: ['signIn', 'changePassword'],
  contacts: ['contacts'],
  costs: ['costs'],
  examples: ['examples'],
  overview: ['strategyOverview'],
  'population-import': ['populationImport', 'costs'],
  profiles: ['profiles', 'dashboard'],
  respond: ['respond'],
  strategy: ['strategy', 'decisions', 'plans', 'costs'],
  surveys: ['surveys'],
  tokens: ['tokens'],
  users: ['users', 'changePassword'],
  workforce: ['workforce'],
} as const;

export type TextFeature = keyof typeof featureTexts;

/** Every bundle the build cuts, by name. */
export const textBundles: Record<string, readonly string[]> = {
  common,
  // The respondent's page (respond.html): its frame and the form, nothing else.
  respondent: ['app', 'skipLink', 'nav', 'language', 'common', 'errors', 'table', 'respond'],
  ...featureTexts,
};

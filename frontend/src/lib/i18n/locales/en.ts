import type { Messages } from './sv';

export const en: Messages = {
  app: {
    name: 'Kompetensläget',
    tagline: 'Staff supply in social services and municipal health care',
    dataSource: 'Municipality and county codes from Statistics Sweden (SCB).',
  },
  skipLink: 'Skip to content',
  nav: {
    label: 'Main navigation',
    municipalities: 'Municipalities',
    counties: 'Counties',
  },
  language: {
    label: 'Language',
    // Each language is named in itself, in every catalogue.
    sv: 'Svenska',
    en: 'English',
  },
  common: {
    loading: 'Loading…',
  },
  errors: {
    title: 'Something went wrong',
    generic: 'The data could not be loaded. Please try again in a moment.',
    retry: 'Try again',
  },
  notFound: {
    title: 'Page not found',
    body: 'The page you are looking for does not exist.',
    back: 'Go to the list of municipalities',
  },
  municipalities: {
    title: 'Municipalities',
    intro: "Sweden's 290 municipalities. Filter by county or search by name or municipality code.",
    filtersLabel: 'Filter municipalities',
    county: 'County',
    allCounties: 'All counties',
    search: 'Search municipality',
    searchHint: 'Name or municipality code',
    count_one: '{{formatted}} municipality',
    count_other: '{{formatted}} municipalities',
    searching: 'Loading municipalities…',
    noResults: 'No municipalities match the filter.',
    caption: 'Municipalities',
    captionFiltered: 'Municipalities, filtered',
    columns: {
      code: 'Code',
      name: 'Name',
      county: 'County',
    },
    download: 'Download the list as CSV',
    downloading: 'Preparing CSV…',
    pageOutOfRange: 'That page is not in the result.',
    firstPage: 'Go to the first page',
  },
  municipality: {
    code: 'Municipality code',
    county: 'County',
    population: 'Population',
    back: 'All municipalities',
    notFound: 'Municipality not found',
    notFoundBody: 'There is no municipality with the code {{code}}.',
  },
  counties: {
    title: 'Counties',
    intro: "Sweden's 21 counties and how many municipalities each one has.",
    caption: 'Counties and number of municipalities',
    columns: {
      code: 'Code',
      name: 'Name',
      municipalityCount: 'Municipalities',
    },
  },
  county: {
    code: 'County code',
    municipalityCount: 'Municipalities',
    municipalities: 'Municipalities in {{name}}',
    back: 'All counties',
    notFound: 'County not found',
    notFoundBody: 'There is no county with the code {{code}}.',
  },
  pagination: {
    label: 'Pages',
    previous: 'Previous',
    next: 'Next',
    pageOf: 'Page {{page}} of {{total}}',
  },
};

/** The Swedish catalogue: the source of every text in the app. */
export const sv = {
  app: {
    name: 'Kompetensläget',
    tagline: 'Kompetensförsörjning i socialtjänst och kommunal hälso- och sjukvård',
    dataSource: 'Kommun- och länskoder från SCB.',
  },
  skipLink: 'Hoppa till innehållet',
  nav: {
    label: 'Huvudmeny',
    municipalities: 'Kommuner',
    counties: 'Län',
  },
  language: {
    label: 'Språk',
    // Each language is named in itself, in every catalogue.
    sv: 'Svenska',
    en: 'English',
  },
  common: {
    loading: 'Laddar…',
  },
  errors: {
    title: 'Något gick fel',
    generic: 'Det gick inte att hämta uppgifterna. Försök igen om en stund.',
    retry: 'Försök igen',
  },
  notFound: {
    title: 'Sidan hittades inte',
    body: 'Sidan du söker finns inte.',
    back: 'Gå till kommunlistan',
  },
  municipalities: {
    title: 'Kommuner',
    intro: 'Sveriges 290 kommuner. Filtrera på län eller sök på namn eller kommunkod.',
    filtersLabel: 'Filtrera kommuner',
    county: 'Län',
    allCounties: 'Alla län',
    search: 'Sök kommun',
    searchHint: 'Namn eller kommunkod',
    count_one: '{{formatted}} kommun',
    count_other: '{{formatted}} kommuner',
    searching: 'Hämtar kommuner…',
    noResults: 'Inga kommuner matchar filtret.',
    caption: 'Kommuner',
    captionFiltered: 'Kommuner, filtrerade',
    columns: {
      code: 'Kod',
      name: 'Namn',
      county: 'Län',
    },
    download: 'Ladda ner listan som CSV',
    downloading: 'Förbereder CSV…',
    pageOutOfRange: 'Sidan finns inte i resultatet.',
    firstPage: 'Gå till första sidan',
  },
  municipality: {
    code: 'Kommunkod',
    county: 'Län',
    population: 'Folkmängd',
    back: 'Alla kommuner',
    notFound: 'Kommunen hittades inte',
    notFoundBody: 'Det finns ingen kommun med koden {{code}}.',
  },
  counties: {
    title: 'Län',
    intro: 'Sveriges 21 län och hur många kommuner som ingår i varje.',
    caption: 'Län och antal kommuner',
    columns: {
      code: 'Kod',
      name: 'Namn',
      municipalityCount: 'Antal kommuner',
    },
  },
  county: {
    code: 'Länskod',
    municipalityCount: 'Antal kommuner',
    municipalities: 'Kommuner i {{name}}',
    back: 'Alla län',
    notFound: 'Länet hittades inte',
    notFoundBody: 'Det finns inget län med koden {{code}}.',
  },
  pagination: {
    label: 'Sidor',
    previous: 'Föregående',
    next: 'Nästa',
    pageOf: 'Sida {{page}} av {{total}}',
  },
} as const;

type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

/** The shape every other language's catalogue must have. */
export type Messages = Catalogue<typeof sv>;

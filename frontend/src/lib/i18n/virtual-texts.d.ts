// The bundles of texts cut from the catalogues at build time (texts-plugin.ts, text-bundles.ts).

declare module 'virtual:texts/loaders' {
  /** Imports one bundle of one language's texts: textLoaders.sv.common(). */
  export const textLoaders: Record<
    import('@/lib/i18n/languages').Language,
    Record<string, () => Promise<{ default: object }>>
  >;
}

declare module 'virtual:texts/*' {
  /** Part of a language's catalogue: the groups and keys text-bundles.ts names for the bundle. */
  const texts: object;
  export default texts;
}

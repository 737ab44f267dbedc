// Cuts each language's catalogue (src/lib/i18n/locales/<language>.ts, one object) into the bundles named in
// src/lib/i18n/text-bundles.ts, at build time (and in the dev server and Vitest alike):
//   import texts from 'virtual:texts/sv/common'            → the Swedish common texts
//   import { textLoaders } from 'virtual:texts/loaders'    → textLoaders.en.surveys() imports one bundle on demand
// The catalogues stay one file per language, typed as one, so keys and call sites do not change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformWithOxc, type Plugin } from 'vite';

const PREFIX = 'virtual:texts/';
const LOADERS = `${PREFIX}loaders`;

type Catalogue = { [key: string]: string | Catalogue };

export function texts(options: {
  localesDir: string;
  languages: readonly string[];
  bundles: Record<string, readonly string[]>;
}): Plugin {
  const catalogueFile = (language: string) => join(options.localesDir, `${language}.ts`);

  return {
    name: 'kompetenslaget-texts',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const name = id.slice(1);
      if (name === LOADERS) {
        const byLanguage = options.languages.map((language) => {
          const bundles = Object.keys(options.bundles).map(
            (bundle) =>
              `${JSON.stringify(bundle)}: () => import(${JSON.stringify(`${PREFIX}${language}/${bundle}`)})`,
          );
          return `${JSON.stringify(language)}: { ${bundles.join(', ')} }`;
        });
        return `export const textLoaders = { ${byLanguage.join(', ')} };`;
      }
      const [language = '', bundle = ''] = name.slice(PREFIX.length).split('/');
      const paths = options.bundles[bundle];
      if (!options.languages.includes(language) || !paths) {
        this.error(
          `No texts ${name}: the languages are ${options.languages.join(', ')}, the bundles in text-bundles.ts`,
        );
      }
      const file = catalogueFile(language);
      this.addWatchFile(file);
      const catalogue = await readCatalogue(file, language);
      const picked: Catalogue = {};
      for (const path of paths) {
        const value = path
          .split('.')
          .reduce<Catalogue | string | undefined>(
            (node, key) => (typeof node === 'object' ? node[key] : undefined),
            catalogue,
          );
        if (value === undefined)
          this.error(`The ${language} catalogue has no ${path} (text-bundles.ts names it)`);
        put(picked, path.split('.'), value);
      }
      // JSON.parse of a string literal is read faster by the browser than the same object as code.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(picked))});`;
    },
  };
}

function put(target: Catalogue, keys: string[], value: string | Catalogue) {
  const [head, ...rest] = keys as [string, ...string[]];
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const next = (target[head] ??= {});
  if (typeof next === 'string') throw new Error(`${head} is a text, not a group`);
  put(next, rest, value);
}

/** The catalogue object a locale module exports under the language's name (its types stripped, then run). */
async function readCatalogue(file: string, language: string): Promise<Catalogue> {
  const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts' });
  const module = (await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  )) as Record<string, unknown>;
  const catalogue = module[language];
  if (!catalogue || typeof catalogue !== 'object') throw new Error(`${file} exports no ${language}`);
  return catalogue as Catalogue;
}

// One linter per locale for a test file's organisation: creating a linter compiles the rule set, which a
// table of hundreds of rows should do once per locale, not once per row.
import { createLinter, type Linter } from '../src/index.js';

export function cachedLinters(organisation: string): (locale: string) => Promise<Linter> {
  const linters = new Map<string, Promise<Linter>>();
  return (locale) => {
    let l = linters.get(locale);
    if (!l) linters.set(locale, (l = createLinter({ locale: locale as 'en-GB', organisation: { name: organisation } })));
    return l;
  };
}

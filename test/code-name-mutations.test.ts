// confidentiality/code-name: a configured term in the initial mutations of Welsh and Irish, from the eleventh
// held-out round ("Thionscadal Réalta" for "Tionscadal Réalta" after "ar an"). Each mutation of the first
// word, in a bilingual post; near-misses keep another word with the same letters.
import { describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../src/index.js';

let linter: Promise<Linter> | undefined;
async function spans(text: string): Promise<string[]> {
  linter ??= createLinter({ locale: 'en-IE', organisation: { name: 'Galway City Council' }, terms: { confidential: ['Tionscadal Réalta', 'Prosiect Gwennol', 'Operation Kestrel'] } });
  const res = (await linter).lint(text);
  return res.findings.filter((f) => f.ruleId === 'confidentiality/code-name').map((f) => text.slice(f.offset, f.endOffset));
}

describe('code-name: Irish and Welsh initial mutations of a configured term', () => {
  const FORMS: Array<[string, string]> = [
    ['Tá obair ar siúl mar chuid de Thionscadal Réalta.', 'Thionscadal Réalta'],
    ['Beidh an obair seo sa dTionscadal Réalta.', 'dTionscadal Réalta'],
    ['Mae hyn yn rhan o Brosiect Gwennol.', 'Brosiect Gwennol'],
    ['Dyma ein Mhrosiect Gwennol.', 'Mhrosiect Gwennol'],
    ['Mae ei Phrosiect Gwennol yn dechrau.', 'Phrosiect Gwennol'],
    ['Tá Tionscadal Réalta ar siúl.', 'Tionscadal Réalta'],
  ];
  for (const [text, term] of FORMS) {
    it(`"${term}"`, async () => {
      expect(await spans(text)).toEqual([term]);
    });
  }
  it('a term with no mutating first letter is matched as written', async () => {
    expect(await spans('This is part of Operation Kestrel.')).toEqual(['Operation Kestrel']);
  });
  it('another word with the same letters is not the term', async () => {
    expect(await spans('Tá an tionscadal réalteolaíochta ar siúl sa scoil.')).toEqual([]);
  });
});

// personal-data/special-category, from the twelfth held-out round: a person's own medicine ("his inhaler",
// "doesn't have his insulin with him"), medication for a named condition, a stay in a unit for one ("was
// discharged from the mental health unit"), an adjective after two modifiers ("He's also type 1 diabetic"),
// "your" treatment in a reply ("your dialysis session"), and a title's full stop that no longer ends the
// sentence ("kept Ms. Tate, who has Type 1 diabetes, out of the ICU"). Generated over the person × the
// medicine or unit × locale; near-misses keep the words as advice, as a service or said of anyone.
import { describe, expect, it } from 'vitest';
import { ruleSpansAsync } from './cached-linter.js';

// (lintAsync: whether a person is named is decided with compromise's person names.)
const spans = ruleSpansAsync('Lakeport Transit', 'personal-data/special-category');

const PEOPLE = ['Graham Whyte', 'Mateo', 'Aroha Ngata'];
const MEDICINES = ['inhaler', 'insulin', 'EpiPen', 'seizure medication'];
const UNITS = ['the mental health unit', 'a psychiatric ward', 'the stroke unit'];
const LOCALES = ['en-GB', 'en-US', 'en-NZ'];

describe('special-category: a person\u2019s own medicine and care unit', () => {
  for (const person of PEOPLE) {
    for (const [i, med] of MEDICINES.entries()) {
      const locale = LOCALES[i % LOCALES.length]!;
      it(`${locale}: "${person} … doesn't have his ${med} with him"`, async () => {
        const text = `${person} was last seen on Monday. He doesn't have his ${med} with him, so we are keen to find him.`;
        expect(await spans(text, locale)).toContain(`his ${med}`);
      });
    }
    for (const unit of UNITS) {
      it(`"${person} was discharged from ${unit} last week"`, async () => {
        const text = `${person} was discharged from ${unit} last week and has not been seen since.`;
        expect(await spans(text, 'en-GB')).toContain(`discharged from ${unit}`);
      });
    }
  }
  it('medication for a named condition', async () => {
    const text = "Graham Whyte hasn't been taking his medication for bipolar disorder.";
    expect(await spans(text, 'en-GB')).toContain('his medication for bipolar disorder');
  });
  it('an adjective after two modifiers', async () => {
    expect(await spans('Graham was seen on Monday. He\u2019s also type 1 diabetic.', 'en-GB')).toContain('He\u2019s also type 1 diabetic');
  });
  it('"your" treatment in a reply', async () => {
    const text = 'Hi Marjorie, the van was late, which I know meant you missed the start of your dialysis session at Lakeport Kidney Center.';
    expect(await spans(text, 'en-US', true)).toEqual(['your dialysis']);
  });
  for (const title of ['Ms.', 'Mr.', 'Dr.', 'Mrs.']) {
    it(`a condition after "${title} Tate, who has …" (the title's full stop ends no sentence)`, async () => {
      const text = `Paramedics told us his quick thinking likely kept ${title} Tate, who has Type 1 diabetes, out of the ICU.`;
      expect(await spans(text, 'en-US')).toEqual(['has Type 1 diabetes']);
    });
  }
});

describe('special-category: medicine near-misses', () => {
  const NEAR: Array<[string, boolean, string]> = [
    ['Manage your diabetes with our free app.', false, '"your" in a post is advice'],
    ['Keep your inhaler with you on cold days.', false, 'advice to the reader'],
    ['Ask your pharmacist about inhaler recycling.', false, 'a service'],
    ['Dr Rhian Evans said: "A fast scan can make a real difference to how quickly someone starts treatment."', false, 'said of anyone'],
    ['Our mental health unit at Forth Valley Royal Hospital is recruiting nurses.', false, 'a unit as an employer'],
    ['Insulin pens can be recycled at any pharmacy.', false, 'no one\u2019s medicine'],
  ];
  for (const [text, reply, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await spans(text, 'en-GB', reply)).toEqual([]);
    });
  }
});

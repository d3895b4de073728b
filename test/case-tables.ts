// Runs tables of generated cases (the dimension tests): each case is linted, a positive must be flagged
// (on its expected text when given), a near-miss must not; every wrong case is listed with its reason.
import { expect, it } from 'vitest';

export interface GeneratedCase { text: string; flagged: boolean; expectText?: string; why: string }

/** One test per table: `findings` gives the flagged texts of a case. */
export function caseTables<C extends GeneratedCase>(tables: ReadonlyArray<[string, () => C[]]>, findings: (cs: C) => Promise<string[]>): void {
  for (const [name, make] of tables) {
    it(name, async () => {
      const all = make();
      const wrong: string[] = [];
      for (const cs of all) {
        const got = await findings(cs);
        const ok = cs.flagged ? got.length > 0 && (!cs.expectText || got.some((g) => g.includes(cs.expectText!))) : got.length === 0;
        if (!ok) wrong.push(`${cs.flagged ? 'missed' : 'false alarm'}: ${cs.why} — ${JSON.stringify(cs.text)} → ${JSON.stringify(got)}`);
      }
      console.log(`${name}: ${all.length} generated cases, ${all.length - wrong.length} as expected`);
      expect(wrong).toEqual([]);
    }, 600_000);
  }
}

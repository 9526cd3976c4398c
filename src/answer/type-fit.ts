// How well a candidate's class answers the class a question asks for: a hand-set prior the span
// scorer weighs with its other features ("who" takes a name before a place, never a date).
import type { Candidate } from './candidates.js';
import type { Expect } from './question.js';

const fits: Partial<Record<Expect, Partial<Record<Expect, number>>>> = {
  person: { person: 1, named: 0.6, place: 0.3, thing: 0.2 },
  place: { place: 1, location: 0.8, named: 0.6, person: 0.4, thing: 0.1 },
  date: { date: 1, year: 0.9, duration: 0.2 },
  year: { year: 1, date: 0.5 },
  money: { money: 1, percent: 0.6, count: 0.4 },
  count: { count: 1, money: 0.5, percent: 0.5, age: 0.5, duration: 0.3 },
  age: { age: 1, count: 0.3 },
  duration: { duration: 1, date: 0.3, count: 0.2 },
  percent: { percent: 1, count: 0.3 },
  named: { named: 1, person: 0.9, place: 0.9, thing: 0.5 },
  thing: {
    thing: 1,
    named: 0.8,
    person: 0.6,
    place: 0.6,
    money: 0.5,
    percent: 0.5,
    count: 0.4,
    date: 0.4,
  },
  reason: { reason: 1 },
  manner: { manner: 1, thing: 0.8, named: 0.5, reason: 0.4 },
  amount: { money: 1, percent: 1, count: 0.8, duration: 0.3 },
};

export function typeFit(expect: Expect, candidate: Candidate): number {
  const table = fits[expect] ?? {};
  let best = 0;
  for (const kind of candidate.kinds) best = Math.max(best, table[kind] ?? 0);
  return best;
}

import { describe, expect, it } from 'vitest';
import { splitDateline, titleCasePlace } from '../../src/article/dateline.js';

// Openings written for this test in the shapes wire stories use.
describe('splitDateline', () => {
  it.each([
    [
      'AL-AIN, United Arab Emirates (AP) — The airline ordered jets.',
      'AL-AIN, United Arab Emirates',
    ],
    ['COLUMBIA, S.C. (AP) — About a dozen owners gathered.', 'COLUMBIA, S.C.'],
    ['SIOUX FALLS, S.D. – People across the state are talking.', 'SIOUX FALLS, S.D.'],
    ['NEW DELHI: Nearly 150 travellers returned home on Wednesday.', 'NEW DELHI'],
    ['MOSCOW, Russia -- Russia and China signed a treaty.', 'MOSCOW, Russia'],
  ])('reads the place of %s', (paragraph, place) => {
    expect(splitDateline(paragraph)?.place).toBe(place);
  });

  it('keeps the story after the dateline whole', () => {
    expect(splitDateline('NEW DELHI: Nearly 150 travellers returned home.')?.rest).toBe(
      'Nearly 150 travellers returned home.',
    );
    expect(titleCasePlace('AL-AIN, United Arab Emirates')).toBe('Al-Ain, United Arab Emirates');
  });

  it.each([
    ['UPDATE: The ferry is running again.'],
    ['BBC: The corporation said it would appeal.'],
    ['He said: The vote was close.'],
  ])('reads no place in %s', (paragraph) => {
    expect(splitDateline(paragraph)).toBeUndefined();
  });
});

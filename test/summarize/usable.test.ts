import { describe, expect, it } from 'vitest';
import { isFurniture, isJunk, leansOnPrevious } from '../../src/summarize/usable.js';

// Sentences written for this test in the shapes real pages have; they report nothing real.
describe('isJunk', () => {
  it.each([
    ["An artist's illustration of a plume of water rising from a frozen moon."],
    ['Grim discovery: Street cleaners found the box in front of the dig.'],
    [
      'Citation: Harbour ferry returns (2019, November 18) retrieved 20 November 2019 from https://example.com/ferry',
    ],
    ['What charges does the founder face in the US?'],
    ['4 -- Riverbend Music Center, Cincinnati, OH Aug.'],
    ['FERRY CLEARED TO SAIL AFTER STORM REPAIRS, AUTHORITY SAYS'],
    ['By Priya Nair, Local Democracy Reporter'],
    ['Subscribe to our newsletters for the latest island news every morning.'],
    ['The final standings of the island ferry league after 36 rounds:'],
    ['The repaired pier at Port Aldane (Image: GETTY)'],
  ])('leaves out %s', (sentence) => {
    expect(isJunk(sentence)).toBe(true);
  });

  it.each([
    ['The Kestrel Island ferry will resume its full timetable on Monday, the authority said.'],
    ['"Why did nobody warn us?" asked one islander at the meeting on Friday.'],
    ['He concluded: "We define ourselves by the way we look after the island."'],
    ['하지만 그럼에도 불구하고 이번 섬 여객선 운항 문제는 점점 공적인 사안이 되어가고 있다.'],
    ['島のフェリーは月曜日から通常の時刻表で運航を再開すると当局が発表した。'],
    ['@everyone is invited to the town hall meeting tonight, the mayor said on Monday.'],
  ])('keeps %s', (sentence) => {
    expect(isJunk(sentence)).toBe(false);
  });

  it('keeps a summary free of page furniture but not of short news sentences', () => {
    expect(isFurniture('The repaired pier at Port Aldane (Image: GETTY)')).toBe(true);
    expect(isFurniture('The vote was 31 to 24.')).toBe(false);
  });
});

describe('leansOnPrevious', () => {
  it.each([
    ['He said the repairs had cost £1.2 million.'],
    ['But the authority warned of delays.'],
    ['The company said it would add crossings.'],
    ['Its fleet has two boats.'],
    ['"We are grateful to islanders for their patience," she said.'],
    ['"We lose no farmland and we reduce evaporation."'],
  ])('needs the sentence before: %s', (sentence) => {
    expect(leansOnPrevious(sentence)).toBe(true);
  });

  it.each([
    ['Morag Ellis said the repairs had cost £1.2 million.'],
    ['"We are grateful to islanders," said the chief executive, Morag Ellis.'],
    ['The ferry will resume on Monday.'],
  ])('stands alone: %s', (sentence) => {
    expect(leansOnPrevious(sentence)).toBe(false);
  });
});

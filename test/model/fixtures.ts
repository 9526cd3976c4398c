// Model replies for the stand-in, about content/articles/harbour-ferry-short.txt (a fictional
// article): a faithful brief, and one point each with a planted error.
export const faithfulBrief = {
  headline: 'Kestrel Island ferry resumes full timetable after storm repairs',
  lede: 'The Kestrel Island ferry will resume its full timetable on Monday, three weeks after a storm damaged the pier at Port Aldane.',
  points: [
    'Engineers replaced 40 metres of decking and two mooring posts at a cost of £1.2 million.',
    'Until Monday, passengers relied on a smaller boat running four crossings a day instead of twelve.',
    'Chief executive Morag Ellis thanked islanders for their patience.',
  ],
  facts: {
    people: ['Morag Ellis'],
    organisations: ['Harbour Transport Authority'],
    places: ['Port Aldane', 'Kestrel Island'],
    dates: ['Monday'],
    money: ['£1.2 million'],
    numbers: ['40 metres'],
  },
};

export const plantedErrors = {
  'a changed number': 'Engineers replaced 55 metres of decking and two mooring posts.',
  'a swapped name':
    "The authority's chief executive, Fiona Grant, said they were grateful to islanders for their patience.",
  'an invented quote': 'Morag Ellis said: "The pier will be closed again next winter."',
  'a wrong date':
    'The ferry will resume its full timetable on Thursday, three weeks after the storm.',
  // From content/articles/rail-strike-long.txt, which is another story.
  'a claim from another article':
    'Train drivers across the country will walk out for 48 hours next week after talks collapsed.',
} as Record<string, string>;

export const faithfulAnswer = {
  kind: 'answered',
  answer: '£1.2 million',
  quote: 'Engineers replaced 40 metres of decking and two mooring posts at a cost of £1.2 million.',
};

import { describe, expect, it } from 'vitest';
import { spansOf } from './seed.js';

describe('names the capitalised runs cut short', () => {
  it('offers a name with small words or a number inside', () => {
    expect(
      spansOf('The network is based on Columbus Avenue and West 66th Street in Manhattan.'),
    ).toContain('Columbus Avenue and West 66th Street');
    expect(
      spansOf('In 1991 the Museum of the Moving Image in London held an exhibition.'),
    ).toContain('Museum of the Moving Image');
  });

  it('offers what stands in quotes and a list of three names', () => {
    expect(
      spansOf('The ads carried the slogan "That Special Feeling" in a script font.'),
    ).toContain('That Special Feeling');
    expect(spansOf('Grissom, White, and Chaffee decided to name their flight Apollo 1.')).toContain(
      'Grissom, White, and Chaffee',
    );
  });
});

describe('parts and extensions of noun phrases', () => {
  it('offers the modifier without the noun the question names', () => {
    expect(spansOf('Most bacteria contain a peptidoglycan wall.')).toContain('peptidoglycan');
    expect(spansOf('The games were played at natural grass stadiums.')).toContain('natural grass');
  });

  it('offers a noun with the number that picks it out', () => {
    expect(spansOf('The rocket was launched from pad 37 in January.')).toContain('pad 37');
  });

  it('offers a phrase with what it is of or whose it is', () => {
    expect(spansOf('He denied that damage to the skin was caused by the rays.')).toContain(
      'damage to the skin',
    );
    expect(spansOf('Many churches have adopted Luther’s tune since then.')).toContain(
      'Luther’s tune',
    );
  });
});

describe('lists and compound modifiers', () => {
  it('offers three or more phrases joined by commas and "and" as one answer', () => {
    expect(
      spansOf('The discs are sold in the United Kingdom, Australia, Canada and the United States.'),
    ).toContain('United Kingdom, Australia, Canada and the United States');
  });

  it('offers a phrase whose modifier is a hyphenated participle, with and without its noun', () => {
    const spans = spansOf('The lunar surface suit would include a water-cooled undergarment.');
    expect(spans).toContain('water-cooled undergarment');
    expect(spans).toContain('water-cooled');
  });
});

describe('descriptions the noun phrases miss', () => {
  it('offers graded and paired adjectives', () => {
    expect(
      spansOf('They are spherical and highly refractive bodies which store starch.'),
    ).toContain('highly refractive');
    expect(
      spansOf('Students build ties with teachers who are friendly and supportive and who listen.'),
    ).toContain('friendly and supportive');
  });

  it('offers a place with its preposition', () => {
    expect(spansOf('Chloroplasts are common in C4 plants, which need more energy.')).toContain(
      'in C4 plants',
    );
  });
});

describe('reasons', () => {
  it('offers the clause a cue opens up to its comma, with and without the cue', () => {
    const spans = spansOf('CBS turned down the pitch because of its use of violence, Desilu said.');
    expect(spans).toContain('because of its use of violence');
    expect(spans).toContain('its use of violence');
  });

  it('offers the manner a "by" clause gives', () => {
    expect(
      spansOf('The cells respond by purposely damaging their own system, producing more.'),
    ).toContain('purposely damaging their own system');
  });
});

describe('amounts as SQuAD quotes them', () => {
  it('offers a measure with its unit and a range as one answer', () => {
    expect(spansOf('The rocket could climb up to 250,000 feet above the desert.')).toContain(
      '250,000 feet',
    );
    expect(spansOf('The war killed possibly 10 to 15 million people.')).toContain(
      '10 to 15 million',
    );
  });
});

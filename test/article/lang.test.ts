import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/article/lang.js';
import { storyWords } from '../../src/article/measure.js';

describe('telling the language of a story', () => {
  it('trusts the page when its script agrees, and the text when it does not', () => {
    const portuguese = 'A prefeitura disse que não vai fechar as escolas da cidade para o feriado.';
    expect(detectLanguage(portuguese)).toBe('pt');
    expect(detectLanguage(portuguese, 'pt-BR')).toBe('pt');
    expect(detectLanguage('В понедельник в городе открыли новый мост.', 'en-US')).toBe('ru');
    expect(detectLanguage('Новий міст відкрили в понеділок.', 'uk')).toBe('uk');
    expect(detectLanguage('新しい橋が開通しました。', 'zh')).toBe('ja');
    expect(detectLanguage('12 345')).toBe('und');
  });

  it('counts words in scripts that put no spaces between them', () => {
    expect(storyWords('The bridge opened on Monday.')).toBe(5);
    expect(storyWords('新しい橋が開通しました。')).toBe(6);
  });
});

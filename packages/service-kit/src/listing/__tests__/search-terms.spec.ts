import { MAX_SEARCH_WORDS, searchDocument, searchTerms } from '../search-terms';

describe('searchTerms', () => {
  it('finds no words in nothing, blanks or whitespace', () => {
    expect(searchTerms(undefined)).toEqual([]);
    expect(searchTerms(null)).toEqual([]);
    expect(searchTerms('   \t ')).toEqual([]);
  });

  it('lower-cases, splits on whitespace and drops repeats', () => {
    expect(searchTerms('  Müller  ACME\tmüller ')).toEqual(['müller', 'acme']);
  });

  it('escapes what LIKE would read as wildcards, so they match themselves', () => {
    expect(searchTerms('100% a_b c\\d')).toEqual(['100\\%', 'a\\_b', 'c\\\\d']);
  });

  it(`keeps at most ${MAX_SEARCH_WORDS} words`, () => {
    expect(searchTerms('a b c d e f g h')).toHaveLength(MAX_SEARCH_WORDS);
  });
});

describe('searchDocument', () => {
  it('joins the columns lower-cased, NULLs as empty, with or without an alias', () => {
    expect(searchDocument(['name', 'email'])).toBe(
      `lower(coalesce("name", '') || ' ' || coalesce("email", ''))`,
    );
    expect(searchDocument(['name'], 'c')).toBe(`lower(coalesce("c"."name", ''))`);
  });
});

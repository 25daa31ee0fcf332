import { searchOf } from '../graphql-http-handler';

describe('searchOf: a request target’s query string', () => {
  const targets = [
    '/graphql',
    '/graphql?',
    '/graphql?query=%7B%20me%20%7B%20id%20%7D%20%7D',
    '/graphql?query={ me { id } }&operationName=Me',
    '/graphql?variables={"id":"a b"}&x=1+2',
    '/graphql?a=1#fragment',
    '/graphql#only-a-fragment?no',
    '/',
  ];

  it('reads as new URL(target).search does, parameter for parameter', () => {
    for (const target of targets) {
      const expected = new URL(target, 'http://localhost').search;
      expect([...new URLSearchParams(searchOf(target))]).toEqual([
        ...new URLSearchParams(expected),
      ]);
      expect(searchOf(target) === '').toBe(expected === '');
    }
  });
});

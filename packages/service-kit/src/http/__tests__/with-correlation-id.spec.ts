import { withCorrelationId } from '../graphql-http-handler';

describe('withCorrelationId: the id on the errors of an answer given before the pipeline', () => {
  it('adds the id to each error that has none and keeps one that has', () => {
    const body = JSON.stringify({
      errors: [
        { message: 'GET query missing.', extensions: { code: 'BAD_REQUEST' } },
        { message: 'no extensions' },
        { message: 'stamped', extensions: { code: 'X', correlationId: 'earlier' } },
      ],
    });
    expect(JSON.parse(withCorrelationId(body, 'corr-1'))).toEqual({
      errors: [
        {
          message: 'GET query missing.',
          extensions: { code: 'BAD_REQUEST', correlationId: 'corr-1' },
        },
        { message: 'no extensions', extensions: { correlationId: 'corr-1' } },
        { message: 'stamped', extensions: { code: 'X', correlationId: 'earlier' } },
      ],
    });
  });

  it('leaves anything that is not a JSON answer with errors as it is', () => {
    for (const body of ['<html>oops</html>', '{"data":{"a":1}}', '[{"errors":[]}]', 'null']) {
      expect(withCorrelationId(body, 'corr-1')).toBe(body);
    }
  });
});

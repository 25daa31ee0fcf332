import { copyTextLine } from '../copy-text';

describe('copyTextLine', () => {
  it('separates columns with tabs and ends the row with a newline', () => {
    expect(copyTextLine(['a', 'b', '3'])).toBe('a\tb\t3\n');
  });

  it('writes NULL as \\N, unlike an empty string', () => {
    expect(copyTextLine([null, ''])).toBe('\\N\t\n');
  });

  it('escapes what would end a column or a row, and the backslash itself', () => {
    expect(copyTextLine(['a\tb', 'line\nnext\r', 'C:\\N'])).toBe(
      'a\\tb\tline\\nnext\\r\tC:\\\\N\n',
    );
  });
});

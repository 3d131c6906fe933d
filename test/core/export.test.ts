import { expect } from '@open-wc/testing';
import { csvCell, csvText } from '../../src/core/export.js';

describe('CSV cells', () => {
  it('defuses text that a spreadsheet would run as a formula, keeps numbers as numbers', () => {
    expect(csvCell('=SUM(A1:A9)')).to.equal("'=SUM(A1:A9)");
    expect(csvCell('-3')).to.equal("'-3");
    expect(csvCell(-3)).to.equal('-3');
    expect(csvCell(Number.NaN)).to.equal('');
    expect(csvCell(true)).to.equal('true');
    expect(csvCell(undefined)).to.equal('');
    expect(csvCell(' padded ')).to.equal('" padded "');
  });

  it('joins rows with CRLF', () => {
    expect(csvText([['a', 1], ['b,c', '@x']])).to.equal('a,1\r\n"b,c",\'@x\r\n');
  });
});

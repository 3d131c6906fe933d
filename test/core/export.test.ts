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

  it('defuses formulas behind leading spaces or line breaks, and the full-width and small forms', () => {
    for (const payload of ['\n=1+1', ' =1+1', '\r\n+1', '\u00a0@SUM(A1)', '\u3000=1', '\u200b=1', '\uff1d1+1', '\uff0b1', '\uff0d1', '\uff20SUM(A1)', '\ufe661', '\u22121']) {
      const cell = csvCell(payload);
      const inner = cell.startsWith('"') ? cell.slice(1, -1) : cell;
      expect(inner.startsWith("'"), JSON.stringify(payload)).to.equal(true);
    }
    // ordinary text with spaces or a dash later on stays as it was
    expect(csvCell('Ana - sister')).to.equal('Ana - sister');
    expect(csvCell('  Ana')).to.equal('"  Ana"');
  });

  it('joins rows with CRLF', () => {
    expect(csvText([['a', 1], ['b,c', '@x']])).to.equal('a,1\r\n"b,c",\'@x\r\n');
  });
});

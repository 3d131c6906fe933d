// Tests drive Debian's browsers; puppeteer must never download one of its own.
module.exports = { skipDownload: true };

// Tests use the system Chromium (Debian's package); never download a browser.
module.exports = { skipDownload: true };

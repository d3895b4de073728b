// The package version, for reports (SARIF's tool.driver.version). Browser-safe: no package.json read.
// test/package.test.ts checks it against package.json.
export const VERSION = '0.1.0';
export const TOOL_NAME = 'commslint';
export const INFORMATION_URI = 'https://www.npmjs.com/package/commslint';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/src"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  transform: { "^.+\\.[tj]sx?$": "babel-jest" },
  testTimeout: 120000,
  reporters: ["default", "<rootDir>/test/reporters/summary-line.js"],
};

/** The check engine (SPEC §6): fixture discovery, comparison, readable differences. */
export { checkFixture, serializeExpected, type CheckDeps, type FixtureReport, type FixtureStatus } from "./check-fixture.js";
export { canonical, diffJson, jsonEqual, type Difference, type Json } from "./diff-json.js";
export { EXPECTED_SUFFIX, expectedPathFor, findFixtures, isFixtureInput, pairFixtures, type Fixture, type FixtureSet } from "./find-fixtures.js";
export { fixtureSourcePath } from "./fixture-path.js";
export { formatDifference, formatDifferences, previewValue, summaryLine, MAX_DIFFERENCES } from "./format-diff.js";
export { writeFileAtomic } from "./write-atomic.js";

/**
 * The `path` a fixture is parsed with, which ends up in `source.path` of its expected JSON.
 *
 * It is the file's base name ("002_e02c.txt"): the expected file sits beside its input, so the base
 * name identifies it, and the recorded value is the same whichever folder `check` is run on
 * (`check fixtures`, `check fixtures/seeds`, `check .` inside it) and on every machine.
 */
import { basename } from "node:path";

export function fixtureSourcePath(input: string): string {
  return basename(input);
}

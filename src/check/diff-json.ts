/**
 * A structural difference between two JSON values, as a flat list of paths
 * (`documents[0].number.value`). Arrays are aligned on equal elements first, so one inserted clause
 * reads as one unexpected clause, not as every later clause changed.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Difference {
  path: string;
  /** undefined: the expected side has nothing here (an unexpected value) */
  expected: Json | undefined;
  /** undefined: the actual side has nothing here (a missing value) */
  actual: Json | undefined;
}

export function diffJson(expected: Json, actual: Json, path = ""): Difference[] {
  if (Array.isArray(expected) && Array.isArray(actual)) return diffArrays(expected, actual, path);
  if (isObject(expected) && isObject(actual)) return diffObjects(expected, actual, path);
  return jsonEqual(expected, actual) ? [] : [{ path, expected, actual }];
}

function diffObjects(expected: Record<string, Json>, actual: Record<string, Json>, path: string): Difference[] {
  const keys = [...Object.keys(expected), ...Object.keys(actual).filter((k) => !(k in expected))];
  return keys.flatMap((key) => {
    const at = joinKey(path, key);
    if (!(key in actual)) return [{ path: at, expected: expected[key], actual: undefined }];
    if (!(key in expected)) return [{ path: at, expected: undefined, actual: actual[key] }];
    return diffJson(expected[key], actual[key], at);
  });
}

/** Above this many element pairs, alignment costs more than it helps: compare index by index. */
const MAX_ALIGN_CELLS = 4_000_000;

function diffArrays(expected: Json[], actual: Json[], path: string): Difference[] {
  const ek = expected.map(canonical);
  const ak = actual.map(canonical);
  const pairs = ek.length === ak.length || ek.length * ak.length > MAX_ALIGN_CELLS
    ? indexPairs(ek.length, ak.length)
    : alignPairs(ek, ak);
  return pairs.flatMap(([i, j]) => {
    if (j === undefined) return [{ path: `${path}[${i}]`, expected: expected[i!], actual: undefined }];
    if (i === undefined) return [{ path: `${path}[${j}]`, expected: undefined, actual: actual[j] }];
    return ek[i] === ak[j] ? [] : diffJson(expected[i], actual[j], `${path}[${i}]`);
  });
}

type Pair = [number | undefined, number | undefined];

function indexPairs(n: number, m: number): Pair[] {
  return Array.from({ length: Math.max(n, m) }, (_, k): Pair => [k < n ? k : undefined, k < m ? k : undefined]);
}

/**
 * Longest-common-subsequence alignment. Between two matched anchors the leftover elements are
 * paired index by index (a changed clause shows its changed fields), the surplus is missing or
 * unexpected.
 */
function alignPairs(a: string[], b: string[]): Pair[] {
  const table = lcsTable(a, b);
  const pairs: Pair[] = [];
  let i = 0;
  let j = 0;
  let gapA: number[] = [];
  let gapB: number[] = [];
  const flush = () => {
    pairs.push(...zipGap(gapA, gapB));
    gapA = [];
    gapB = [];
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      pairs.push([i++, j++]);
    } else if (j >= b.length || (i < a.length && table(i + 1, j) >= table(i, j + 1))) gapA.push(i++);
    else gapB.push(j++);
  }
  flush();
  return pairs;
}

function zipGap(gapA: number[], gapB: number[]): Pair[] {
  return indexPairs(gapA.length, gapB.length).map(([x, y]): Pair => [
    x === undefined ? undefined : gapA[x],
    y === undefined ? undefined : gapB[y],
  ]);
}

/** lcs(i, j) = length of the LCS of a[i..] and b[j..]. */
function lcsTable(a: string[], b: string[]): (i: number, j: number) => number {
  const width = b.length + 1;
  const cells = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      cells[i * width + j] = a[i] === b[j]
        ? cells[(i + 1) * width + j + 1] + 1
        : Math.max(cells[(i + 1) * width + j], cells[i * width + j + 1]);
    }
  }
  return (i, j) => cells[i * width + j];
}

function isObject(value: Json | undefined): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with sorted keys: equal values give equal strings whatever their key order. */
export function canonical(value: Json | undefined): string {
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** `documents[0]` + `number` → `documents[0].number`; odd keys are quoted: `a["x-y"]`. */
function joinKey(path: string, key: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === "" ? key : `${path}.${key}`;
}

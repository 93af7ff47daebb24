/**
 * `read` with its answers kept for texts that come back: header lines, cited numbers and agency
 * names recur through a document and across an archive, and reading them costs more than a
 * lookup. At most `size` answers are kept (all dropped when full), so a long batch does not hold
 * every text it saw. `read` must be pure and its answers never changed by callers.
 */
export function remember<T>(read: (text: string) => T, size: number): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined && !answers.has(text)) {
      if (answers.size >= size) answers.clear();
      answers.set(text, (answer = read(text)));
    }
    return answer as T;
  };
}

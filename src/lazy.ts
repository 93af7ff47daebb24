/**
 * A value made on first use. Module-level tables that most runs never need (the legacy-encoding
 * maps, ICU decoders) are built this way so that they stay out of every start-up.
 */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

import { TYPE_NAMES, typeCodeFor } from "../inline/type-codes.js";

/** A document printed without a type line is named by its number's code: "06-CT/TW" → "CHỈ THỊ". */
export function typeNameForCode(code: string | null): string | null {
  if (!code) return null;
  return TYPE_NAMES.find((name) => typeCodeFor(name, "state") === code || typeCodeFor(name, "party") === code) ?? null;
}

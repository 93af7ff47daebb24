/** Writing text with backpressure: wait for `drain` when a stream's buffer is full, so a slow reader (a pipe to jq, a slow disk) holds memory down. */
export interface TextStream {
  write(chunk: string): unknown;
  once?(event: "drain", listener: () => void): unknown;
}

export async function writeText(out: TextStream, chunk: string): Promise<void> {
  if (out.write(chunk) === false && typeof out.once === "function") {
    await new Promise<void>((resolve) => out.once!("drain", resolve));
  }
}

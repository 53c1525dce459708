/** Discord's epoch (2015-01-01T00:00:00Z); snowflakes count milliseconds from here. */
export const discordEpoch = 1_420_070_400_000n;

/**
 * Makes Discord-style snowflake ids (decimal strings): a timestamp in the top bits and
 * an increment in the low 12, so ids sort by creation time like real ones and
 * discord.js can read `createdTimestamp` from them.
 */
export function createSnowflakeFactory(now: () => number = Date.now): () => string {
  let lastMs = 0n;
  let increment = 0n;
  return () => {
    let ms = BigInt(now()) - discordEpoch;
    if (ms <= lastMs) {
      ms = lastMs;
      increment += 1n;
      if (increment > 0xfffn) {
        ms += 1n;
        increment = 0n;
      }
    } else {
      increment = 0n;
    }
    lastMs = ms;
    return ((ms << 22n) | (1n << 17n) | (1n << 12n) | increment).toString();
  };
}

export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + discordEpoch);
}

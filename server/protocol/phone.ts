/**
 * Phone numbers as Buurtbot and the buurtkaart write them ("112", "113", "0800-0113",
 * "030-555 0101", "06-12345678", "+31 6 1234 5678"), so the web client can make each one a
 * tap-to-call link. Not zod: shared vocabulary for presenting text.
 */
export const phoneNumberPattern =
  /(?<![\p{L}\p{N}+-])(?:\+31[\s-]?\(?0?\)?[1-9](?:[\s-]?\d){7,8}|0[1-9]\d{0,3}[\s-]\d{2,4}(?:[\s-]?\d{2,4}){0,2}|0[1-9]\d{8}|11[23])(?![\p{L}\p{N}-])/gu;

/** The `tel:` address for a number as written: only digits and a leading +. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}

/** Text split into plain parts and phone numbers, in order. */
export function splitPhoneNumbers(text: string): { text: string; phone: boolean }[] {
  const parts: { text: string; phone: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(phoneNumberPattern)) {
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start), phone: false });
    parts.push({ text: match[0], phone: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), phone: false });
  return parts;
}

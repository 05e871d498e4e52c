/** A count as people read it: 100,000 rather than 100000 (the interface is in English). */
const COUNT_FORMAT = new Intl.NumberFormat('en');

export function formatCount(n: number): string {
  return COUNT_FORMAT.format(n);
}

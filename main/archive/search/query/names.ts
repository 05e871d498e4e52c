/**
 * source: and author: values matched against the names the archive holds: the exact name (case
 * aside) when there is one, else every name containing what was typed at a word start
 * ("source:guardian" finds "The Guardian"; "author:kim" finds "Kim Min-jun" and "Ji-woo Kim").
 */
export function matchNames(typed: string, names: readonly string[]): string[] {
  const want = typed.trim().toLocaleLowerCase();
  if (!want) return [];
  const exact = names.filter((n) => n.toLocaleLowerCase() === want);
  if (exact.length > 0) return exact;
  return names.filter((n) => {
    const name = n.toLocaleLowerCase();
    for (let at = name.indexOf(want); at !== -1; at = name.indexOf(want, at + 1)) {
      if (at === 0 || !/[\p{L}\p{N}]/u.test(name[at - 1]!)) return true;
    }
    return false;
  });
}

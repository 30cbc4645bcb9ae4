// The national proposal (SiNoVik-style) lists its sections in a fixed order. An edition's form has its own
// keys and order, so the dossier maps each FormSection key to a national section; what maps to none goes
// last, in the edition's own order. Pure: the dossier's PDF and its tests share it.

export type NationalSection = { slot: number; key: string; title: string; keys: readonly string[] };

/** The national order (summary, background and purpose, novelty, implementation, significance, adaptability,
 * resources, sustainability strategy) with the form keys each one takes. */
export const NATIONAL_SECTIONS: readonly NationalSection[] = [
  { slot: 1, key: "ringkasan", title: "Ringkasan", keys: ["ringkasan", "summary", "abstrak"] },
  {
    slot: 2,
    key: "latar-belakang",
    title: "Latar belakang dan tujuan",
    keys: ["latar-belakang", "masalah", "latar-belakang-dan-tujuan", "background", "tujuan"],
  },
  { slot: 3, key: "kebaruan", title: "Kebaruan", keys: ["kebaruan", "novelty", "keunikan"] },
  { slot: 4, key: "implementasi", title: "Implementasi", keys: ["implementasi", "implementation", "pelaksanaan"] },
  {
    slot: 5,
    key: "signifikansi",
    title: "Signifikansi",
    keys: ["signifikansi", "dampak", "significance", "manfaat", "hasil"],
  },
  {
    slot: 6,
    key: "adaptabilitas",
    title: "Adaptabilitas",
    keys: ["adaptabilitas", "replikasi", "adaptability", "transferabilitas"],
  },
  { slot: 7, key: "sumber-daya", title: "Sumber daya", keys: ["sumber-daya", "resources", "sumberdaya"] },
  {
    slot: 8,
    key: "keberlanjutan",
    title: "Strategi keberlanjutan",
    keys: ["keberlanjutan", "strategi-keberlanjutan", "sustainability"],
  },
];

const BY_KEY = new Map(NATIONAL_SECTIONS.flatMap((n) => n.keys.map((k) => [k, n] as const)));

export type OrderedSection<T> = T & { national: NationalSection | null };

/**
 * The sections in the national order. Each national slot takes the first form section mapped to it (by form
 * order); a second one mapped to the same slot, and every unmapped section, follow after the mapped ones in the
 * edition's order.
 */
export function inNationalOrder<T extends { key: string; order: number }>(sections: T[]): OrderedSection<T>[] {
  const byForm = [...sections].sort((a, b) => a.order - b.order);
  const taken = new Map<number, T>();
  const rest: T[] = [];
  for (const s of byForm) {
    const n = BY_KEY.get(s.key.toLowerCase());
    if (n && !taken.has(n.slot)) taken.set(n.slot, s);
    else rest.push(s);
  }
  const mapped = [...taken.entries()]
    .sort(([a], [b]) => a - b)
    .map(([slot, s]) => ({ ...s, national: NATIONAL_SECTIONS[slot - 1]! }));
  return [...mapped, ...rest.map((s) => ({ ...s, national: null }))];
}

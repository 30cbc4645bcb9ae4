// A tile cartogram of East Java's 38 kabupaten/kota: one equal cell each, laid out roughly where it lies
// (west to east in columns, the north coast and Madura on top, the south coast at the bottom). No map geometry
// is available offline under a usable licence, and equal cells read better for counts than areas do.
// Pure: the statistics page and its test share it.
import { REGIONS, type Region } from "@/lib/units/names";

type Tile = { kind: Region["kind"]; shortName: string; abbr: string; row: number; col: number };

const K = "KABUPATEN" as const;
const C = "KOTA" as const;

export const TILES: readonly Tile[] = [
  { kind: K, shortName: "Tuban", abbr: "TBN", row: 0, col: 2 },
  { kind: K, shortName: "Lamongan", abbr: "LMG", row: 0, col: 3 },
  { kind: K, shortName: "Gresik", abbr: "GSK", row: 0, col: 4 },
  { kind: K, shortName: "Bangkalan", abbr: "BKL", row: 0, col: 6 },
  { kind: K, shortName: "Sampang", abbr: "SPG", row: 0, col: 7 },
  { kind: K, shortName: "Pamekasan", abbr: "PMK", row: 0, col: 8 },
  { kind: K, shortName: "Sumenep", abbr: "SMP", row: 0, col: 9 },
  { kind: K, shortName: "Ngawi", abbr: "NGW", row: 1, col: 0 },
  { kind: K, shortName: "Bojonegoro", abbr: "BJN", row: 1, col: 1 },
  { kind: K, shortName: "Nganjuk", abbr: "NJK", row: 1, col: 2 },
  { kind: K, shortName: "Jombang", abbr: "JBG", row: 1, col: 3 },
  { kind: C, shortName: "Mojokerto", abbr: "K·MJ", row: 1, col: 4 },
  { kind: C, shortName: "Surabaya", abbr: "K·SB", row: 1, col: 5 },
  { kind: K, shortName: "Magetan", abbr: "MGT", row: 2, col: 0 },
  { kind: K, shortName: "Madiun", abbr: "MDN", row: 2, col: 1 },
  { kind: C, shortName: "Madiun", abbr: "K·MD", row: 2, col: 2 },
  { kind: C, shortName: "Kediri", abbr: "K·KD", row: 2, col: 3 },
  { kind: K, shortName: "Mojokerto", abbr: "MJK", row: 2, col: 4 },
  { kind: K, shortName: "Sidoarjo", abbr: "SDA", row: 2, col: 5 },
  { kind: C, shortName: "Pasuruan", abbr: "K·PS", row: 2, col: 6 },
  { kind: C, shortName: "Probolinggo", abbr: "K·PB", row: 2, col: 7 },
  { kind: K, shortName: "Situbondo", abbr: "STB", row: 2, col: 8 },
  { kind: K, shortName: "Ponorogo", abbr: "PNG", row: 3, col: 0 },
  { kind: K, shortName: "Kediri", abbr: "KDR", row: 3, col: 2 },
  { kind: C, shortName: "Blitar", abbr: "K·BL", row: 3, col: 3 },
  { kind: C, shortName: "Batu", abbr: "K·BT", row: 3, col: 4 },
  { kind: K, shortName: "Pasuruan", abbr: "PSR", row: 3, col: 5 },
  { kind: K, shortName: "Probolinggo", abbr: "PBL", row: 3, col: 6 },
  { kind: K, shortName: "Bondowoso", abbr: "BDW", row: 3, col: 7 },
  { kind: K, shortName: "Banyuwangi", abbr: "BWI", row: 3, col: 8 },
  { kind: K, shortName: "Pacitan", abbr: "PCT", row: 4, col: 0 },
  { kind: K, shortName: "Trenggalek", abbr: "TRK", row: 4, col: 1 },
  { kind: K, shortName: "Tulungagung", abbr: "TLA", row: 4, col: 2 },
  { kind: K, shortName: "Blitar", abbr: "BLT", row: 4, col: 3 },
  { kind: C, shortName: "Malang", abbr: "K·ML", row: 4, col: 4 },
  { kind: K, shortName: "Malang", abbr: "MLG", row: 4, col: 5 },
  { kind: K, shortName: "Lumajang", abbr: "LMJ", row: 4, col: 6 },
  { kind: K, shortName: "Jember", abbr: "JBR", row: 4, col: 7 },
];

export const CARTOGRAM_COLUMNS = 10;
export const CARTOGRAM_ROWS = 5;

export type CartogramCell = Tile & { code: string; name: string; value: number; level: 0 | 1 | 2 | 3 | 4 };

/** Shade levels: 0 for none, then four equal steps up to the largest count. */
export function shadeLevel(value: number, max: number): CartogramCell["level"] {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((value / max) * 4))) as CartogramCell["level"];
}

/** The cells with their region code, full name and count (codes missing from `values` count 0). */
export function cartogramCells(values: ReadonlyMap<string, number>): CartogramCell[] {
  const max = Math.max(0, ...values.values());
  return TILES.map((t) => {
    const region = REGIONS.find((r) => r.kind === t.kind && r.shortName === t.shortName)!;
    const value = values.get(region.code) ?? 0;
    return { ...t, code: region.code, name: region.name, value, level: shadeLevel(value, max) };
  });
}

/** The legend of `shadeLevel`: each level with the whole counts it covers ("0", "1", "2–3", …); empty levels left out. */
export function shadeLegend(max: number): { level: CartogramCell["level"]; text: string }[] {
  const out: { level: CartogramCell["level"]; text: string }[] = [{ level: 0, text: "0" }];
  for (const level of [1, 2, 3, 4] as const) {
    const lo = Math.floor(((level - 1) * max) / 4) + 1;
    const hi = Math.floor((level * max) / 4);
    if (lo > hi) continue;
    out.push({ level, text: lo === hi ? String(lo) : `${lo}–${hi}` });
  }
  return out;
}

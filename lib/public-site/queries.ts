import "server-only";
import { prisma } from "@/lib/db";
import { isPublicProposalField, publicPhotosWhere, type PublicProposalField } from "./fields";
import { editionVisibility, publicEditionYears, publicLinesWhere, type EditionVisibility } from "./visibility";

// The public site's reads. Everything goes through visibility.ts (which lines, whether winners show); the pages
// that call these are cached (decision 016), so a read here runs once per publication, not per visitor.

export type GalleryItem = {
  id: string;
  year: number;
  title: string;
  institution: string;
  institutionKind: string;
  unit: string;
  region: string | null;
  group: string | null;
  category: string | null;
  /** Award names; empty for a finalist (and for everyone before the winners are published). */
  awards: string[];
};

const lineSelect = {
  rank: true,
  proposal: {
    select: {
      id: true,
      title: true,
      publicSummary: true,
      videoUrl: true,
      sdgs: true,
      unit: { select: { name: true } },
      institution: { select: { name: true, kind: true, path: true } },
      group: { select: { name: true } },
      category: { select: { name: true, order: true } },
    },
  },
} as const;

/** Kabupaten/kota of a unit: the nearest one on its path (null for provincial bodies). */
async function regionNamer(): Promise<(path: string) => string | null> {
  const regions = await prisma.unit.findMany({
    where: { kind: { in: ["KABUPATEN", "KOTA"] } },
    select: { id: true, name: true },
  });
  const byId = new Map(regions.map((r) => [r.id, r.name]));
  return (path) => {
    const ids = path.split("/").filter(Boolean).reverse();
    for (const id of ids) {
      const name = byId.get(id);
      if (name) return name;
    }
    return null;
  };
}

async function awardsByProposal(v: EditionVisibility): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (!v.winnersVisible || !v.resultId) return map;
  const awards = await prisma.award.findMany({
    where: { resultId: v.resultId, proposal: { publicHidden: false } },
    orderBy: [{ order: "asc" }, { name: "asc" }],
    select: { proposalId: true, name: true },
  });
  for (const a of awards) map.set(a.proposalId, [...(map.get(a.proposalId) ?? []), a.name]);
  return map;
}

/** Every published finalist and winner of every public edition, newest edition first, winners first. */
export async function galleryItems(): Promise<GalleryItem[]> {
  const [years, regionOf] = await Promise.all([publicEditionYears(), regionNamer()]);
  const items: GalleryItem[] = [];
  for (const year of years) {
    const v = await editionVisibility(year);
    const where = v && publicLinesWhere(v);
    if (!v || !where) continue;
    const [lines, awards] = await Promise.all([
      prisma.resultLine.findMany({ where, orderBy: { rank: "asc" }, select: lineSelect }),
      awardsByProposal(v),
    ]);
    const ofYear = lines.map(({ proposal: p }) => ({
      id: p.id,
      year,
      title: p.title,
      institution: p.institution.name,
      institutionKind: p.institution.kind,
      unit: p.unit.name,
      region: regionOf(p.institution.path),
      group: p.group?.name ?? null,
      category: p.category?.name ?? null,
      awards: awards.get(p.id) ?? [],
    }));
    // Winners first (the rank order among them), then finalists by title: before the winners are published
    // the finalists' order must not hint at their ranks.
    ofYear.sort((a, b) => {
      if (a.awards.length && b.awards.length) return 0;
      if (a.awards.length || b.awards.length) return a.awards.length ? -1 : 1;
      return a.title.localeCompare(b.title, "id");
    });
    items.push(...ofYear);
  }
  return items;
}

export type PublicInnovation = GalleryItem & {
  theme: string;
  summary: string | null;
  rank: number | null;
  videoUrl: string | null;
  sdgs: number[];
  innovators: string[];
  /** The published photos, oldest upload first (empty unless the edition publishes "photos"). */
  photos: { id: string; fileName: string }[];
  national: { stage: string; at: Date }[];
};

/** An entry's line on show and the fields its edition publishes, or null when the entry is not public now. */
async function publicEntry(id: string) {
  if (!/^[a-z0-9_-]{1,64}$/i.test(id)) return null;
  const proposal = await prisma.proposal.findUnique({
    where: { id },
    select: {
      edition: { select: { year: true, theme: true, publication: { select: { publicProposalFields: true } } } },
    },
  });
  if (!proposal) return null;
  const v = await editionVisibility(proposal.edition.year);
  const where = v && publicLinesWhere(v);
  if (!v || !where) return null;
  const line = await prisma.resultLine.findFirst({ where: { ...where, proposalId: id }, select: lineSelect });
  if (!line) return null;
  const shown = new Set<PublicProposalField>(
    (proposal.edition.publication?.publicProposalFields ?? []).filter(isPublicProposalField),
  );
  return { v, line, shown, theme: proposal.edition.theme };
}

/** One entry's public page, or null when it is not public (unknown, unpublished, withheld, not a finalist). */
export async function publicInnovation(id: string): Promise<PublicInnovation | null> {
  const entry = await publicEntry(id);
  if (!entry) return null;
  const { v, line, shown } = entry;
  const p = line.proposal;
  const [regionOf, awards, extra, photos] = await Promise.all([
    regionNamer(),
    awardsByProposal(v),
    prisma.proposal.findUnique({
      where: { id },
      select: {
        innovators: shown.has("innovators") ? { orderBy: { order: "asc" }, select: { name: true } } : false,
        nomination: { select: { outcomes: { orderBy: { at: "asc" }, select: { stage: true, at: true } } } },
      },
    }),
    shown.has("photos")
      ? prisma.attachment.findMany({
          where: publicPhotosWhere(id),
          orderBy: [{ uploadedAt: "asc" }, { id: "asc" }],
          select: { id: true, fileName: true },
        })
      : [],
  ]);
  return {
    id: p.id,
    year: v.year,
    theme: entry.theme,
    title: p.title,
    institution: p.institution.name,
    institutionKind: p.institution.kind,
    unit: p.unit.name,
    region: regionOf(p.institution.path),
    group: p.group?.name ?? null,
    category: p.category?.name ?? null,
    awards: awards.get(p.id) ?? [],
    summary: p.publicSummary?.trim() || null,
    rank: v.winnersVisible ? line.rank : null,
    videoUrl: shown.has("videoUrl") && p.videoUrl && /^https:\/\//i.test(p.videoUrl) ? p.videoUrl : null,
    sdgs: shown.has("sdgs") ? p.sdgs : [],
    innovators: extra?.innovators?.map((i) => i.name) ?? [],
    photos,
    national: v.winnersVisible ? (extra?.nomination?.outcomes ?? []) : [],
  };
}

export type PublicPhotoFile = {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
};

/**
 * A photo the public may download now: the entry is public, its edition publishes "photos", and the photo is one
 * of the entry's own image attachments, not deleted. Null otherwise, whatever the reason (no oracle).
 */
export async function publicPhoto(proposalId: string, photoId: string): Promise<PublicPhotoFile | null> {
  if (!/^[a-z0-9_-]{1,64}$/i.test(photoId)) return null;
  const entry = await publicEntry(proposalId);
  if (!entry?.shown.has("photos")) return null;
  return prisma.attachment.findFirst({
    where: { ...publicPhotosWhere(proposalId), id: photoId },
    select: { fileName: true, contentType: true, sizeBytes: true, sha256: true, storageKey: true },
  });
}

export type PublicEditionSummary = { year: number; theme: string; finalists: number; winners: number };

/** The editions with published results, newest first. */
export async function publicEditions(): Promise<PublicEditionSummary[]> {
  const items = await galleryItems();
  const years = await publicEditionYears();
  const themes = await prisma.edition.findMany({ where: { year: { in: years } }, select: { year: true, theme: true } });
  return years.map((year) => {
    const ofYear = items.filter((i) => i.year === year);
    return {
      year,
      theme: themes.find((t) => t.year === year)?.theme ?? "",
      finalists: ofYear.length,
      winners: ofYear.filter((i) => i.awards.length > 0).length,
    };
  });
}

export type PublicEdition = {
  year: number;
  theme: string;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  announcementAt: Date | null;
  rounds: { name: string; opensAt: Date | null; closesAt: Date | null }[];
  finalistsVisible: boolean;
  winnersVisible: boolean;
  items: GalleryItem[];
};

/** An edition's public page: its timeline, and its finalists/winners once published. Null unless something is public. */
export async function publicEdition(year: number): Promise<PublicEdition | null> {
  const years = await publicEditionYears();
  if (!years.includes(year)) return null;
  const [v, edition, items] = await Promise.all([
    editionVisibility(year),
    prisma.edition.findUnique({
      where: { year },
      select: {
        theme: true,
        registrationOpensAt: true,
        registrationClosesAt: true,
        announcementAt: true,
        rounds: { orderBy: { order: "asc" }, select: { name: true, opensAt: true, closesAt: true } },
      },
    }),
    galleryItems(),
  ]);
  if (!v || !edition) return null;
  return {
    year,
    ...edition,
    finalistsVisible: v.finalistsVisible,
    winnersVisible: v.winnersVisible,
    items: items.filter((i) => i.year === year),
  };
}

export type PublicAnnouncement = { id: string; title: string; body: string; publishedAt: Date; year: number | null };

/** Published announcements, newest first. */
export async function publicAnnouncements(take?: number, now = new Date()): Promise<PublicAnnouncement[]> {
  const rows = await prisma.announcement.findMany({
    where: { publishedAt: { lte: now } },
    orderBy: { publishedAt: "desc" },
    take,
    select: { id: true, title: true, body: true, publishedAt: true, edition: { select: { year: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    body: r.body,
    publishedAt: r.publishedAt!,
    year: r.edition?.year ?? null,
  }));
}

export async function publicAnnouncement(id: string, now = new Date()): Promise<PublicAnnouncement | null> {
  if (!/^[a-z0-9_-]{1,64}$/i.test(id)) return null;
  const r = await prisma.announcement.findFirst({
    where: { id, publishedAt: { lte: now } },
    select: { id: true, title: true, body: true, publishedAt: true, edition: { select: { year: true } } },
  });
  return r
    ? { id: r.id, title: r.title, body: r.body, publishedAt: r.publishedAt!, year: r.edition?.year ?? null }
    : null;
}

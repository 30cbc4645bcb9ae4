import Link from "next/link";
import { Card, CardContent } from "@/components/ui/card";
import type { GuidebookInfo } from "@/lib/guidebooks/guidebooks";
import type { Helpdesk } from "@/lib/site/helpdesk";
import { GuidebookDownload } from "./guidebook-download";
import { HelpdeskContacts } from "./helpdesk-contacts";

const linkClass =
  "mt-auto inline-flex min-h-11 items-center pt-3 font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-950";

/** The home page's way to help: the guidebook, the FAQ, the helpdesk and the privacy notice. */
export function HelpSection({ guidebook, helpdesk }: { guidebook: GuidebookInfo | null; helpdesk: Helpdesk | null }) {
  return (
    <section id="bantuan" aria-labelledby="judul-bantuan" className="scroll-mt-4 bg-slate-50 py-16 sm:py-20">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <div className="max-w-3xl">
          <p className="text-sm font-semibold uppercase tracking-widest text-brand-700">Bantuan dan informasi</p>
          <h2 id="judul-bantuan" className="mt-2 text-2xl font-extrabold tracking-tight text-brand-950 sm:text-3xl">
            Petunjuk, jawaban, dan tempat bertanya
          </h2>
        </div>
        <Card className="mt-8">
          <CardContent className="text-base leading-relaxed text-slate-700">
            <h3 className="mb-2 text-lg font-bold text-brand-950">Petunjuk teknis (juknis)</h3>
            <GuidebookDownload guidebook={guidebook} />
          </CardContent>
        </Card>
        <ul className="mt-6 grid gap-6 md:grid-cols-3">
          <Card as="li" className="flex flex-col">
            <CardContent className="flex flex-1 flex-col text-sm leading-relaxed text-slate-700">
              <h3 className="text-lg font-bold text-brand-950">Tanya jawab</h3>
              <p className="mt-2">
                Siapa yang boleh ikut, kuota, batas waktu, lampiran, penilaian, masa sanggah, dan KIPP.
              </p>
              <Link href="/tanya-jawab" className={linkClass}>
                Baca tanya jawab
              </Link>
            </CardContent>
          </Card>
          <Card as="li" className="flex flex-col">
            <CardContent className="flex flex-1 flex-col text-sm leading-relaxed text-slate-700">
              <h3 className="text-lg font-bold text-brand-950">Helpdesk</h3>
              <HelpdeskContacts helpdesk={helpdesk} className="mt-2" />
              <Link href="/tanya-jawab#bantuan" className={linkClass}>
                Cara menghubungi helpdesk
              </Link>
            </CardContent>
          </Card>
          <Card as="li" className="flex flex-col">
            <CardContent className="flex flex-1 flex-col text-sm leading-relaxed text-slate-700">
              <h3 className="text-lg font-bold text-brand-950">Kebijakan privasi</h3>
              <p className="mt-2">
                Data pribadi apa yang disimpan portal (nama, NIP, e-mail), untuk apa, dan siapa yang dapat melihatnya.
              </p>
              <Link href="/privasi" className={linkClass}>
                Baca kebijakan privasi
              </Link>
            </CardContent>
          </Card>
        </ul>
      </div>
    </section>
  );
}

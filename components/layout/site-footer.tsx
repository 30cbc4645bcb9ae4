import Link from "next/link";
import { HelpdeskContacts } from "@/components/site/helpdesk-contacts";
import { getHelpdesk } from "@/lib/site/helpdesk";
import { PEMPROV_URL } from "@/lib/site/links";
import { currentActor } from "./current-actor";
import { Emblem } from "./emblem";
import { helpNavItems, mainNavItems } from "./nav-items";

const footerLink = "inline-flex min-h-9 items-center rounded hover:text-white hover:underline";

export async function SiteFooter() {
  const signedIn = (await currentActor()) !== null;
  return (
    <footer data-surface="dark" className="border-t-4 border-gold-400 bg-brand-950 text-brand-100">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 md:grid-cols-2 lg:grid-cols-[1.4fr_1fr_1fr]">
        <div className="flex gap-4">
          <Emblem className="h-14 w-auto shrink-0" />
          <div>
            <p className="text-lg font-extrabold tracking-wider text-white">KOVABLIK</p>
            <p className="mt-1 text-sm leading-relaxed">Kompetisi Inovasi Pelayanan Publik Provinsi Jawa Timur</p>
            <p className="mt-4 text-sm leading-relaxed">
              Diselenggarakan oleh{" "}
              <strong className="font-semibold text-white">
                Biro Organisasi Sekretariat Daerah Provinsi Jawa Timur
              </strong>{" "}
              (Biro Organisasi Setdaprov Jatim).
            </p>
            <p className="mt-3 text-sm">
              <a
                href={PEMPROV_URL}
                rel="noopener"
                className="font-semibold text-white underline underline-offset-2 hover:text-gold-300"
              >
                Pemerintah Provinsi Jawa Timur — jatimprov.go.id
              </a>
            </p>
          </div>
        </div>
        <nav aria-label="Tautan kaki halaman">
          <p className="text-sm font-semibold uppercase tracking-widest text-gold-300">Portal</p>
          <ul className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
            {mainNavItems.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={footerLink}>
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <Link
                href={signedIn ? "/dasbor" : "/masuk"}
                className="inline-flex min-h-9 items-center rounded hover:text-white hover:underline"
              >
                {signedIn ? "Dasbor" : "Masuk"}
              </Link>
            </li>
          </ul>
        </nav>
        <nav aria-label="Bantuan">
          <p className="text-sm font-semibold uppercase tracking-widest text-gold-300">Bantuan</p>
          <ul className="mt-3 space-y-1 text-sm">
            {helpNavItems.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={footerLink}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
          <div className="mt-3 text-sm leading-relaxed">
            <p className="font-semibold text-white">Helpdesk</p>
            <HelpdeskContacts helpdesk={getHelpdesk()} tone="dark" className="mt-1" />
          </div>
        </nav>
      </div>
      <div className="border-t border-white/10">
        <p className="mx-auto max-w-6xl px-4 py-5 text-xs leading-relaxed text-brand-200 sm:px-6">
          Pemerintah Provinsi Jawa Timur · Pemenang KOVABLIK menjadi nominasi Jawa Timur untuk Kompetisi Inovasi
          Pelayanan Publik (KIPP) Kementerian PANRB.
        </p>
      </div>
    </footer>
  );
}

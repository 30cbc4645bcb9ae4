import type { Helpdesk } from "@/lib/site/helpdesk";
import { cn } from "@/components/ui/cn";

/**
 * The helpdesk's contacts as configured (KOVABLIK_HELPDESK_*). With none configured, where to turn instead:
 * the admin lokal of one's institution, then the secretariat.
 */
export function HelpdeskContacts({
  helpdesk,
  tone = "light",
  className,
}: {
  helpdesk: Helpdesk | null;
  tone?: "light" | "dark";
  className?: string;
}) {
  const link =
    tone === "dark"
      ? "font-semibold text-white underline underline-offset-2"
      : "font-semibold text-brand-800 underline underline-offset-2";
  if (!helpdesk) {
    return (
      <p className={className}>
        Hubungi admin lokal instansi Anda terlebih dahulu; admin lokal meneruskan pertanyaan yang belum terjawab kepada
        sekretariat KOVABLIK di Biro Organisasi Setdaprov Jatim.
      </p>
    );
  }
  return (
    <div className={className}>
      <ul className="space-y-1">
        {helpdesk.email ? (
          <li>
            E-mail:{" "}
            <a className={cn(link, "break-all")} href={`mailto:${helpdesk.email}`}>
              {helpdesk.email}
            </a>
          </li>
        ) : null}
        {helpdesk.phone ? (
          <li>
            Telepon:{" "}
            <a className={link} href={`tel:${helpdesk.phone.replace(/[^\d+]/g, "")}`}>
              {helpdesk.phone}
            </a>
          </li>
        ) : null}
        {helpdesk.whatsapp ? (
          <li>
            WhatsApp:{" "}
            <a className={link} href={helpdesk.whatsapp.link} rel="noopener noreferrer" target="_blank">
              {helpdesk.whatsapp.display}
            </a>
          </li>
        ) : null}
      </ul>
      <p className="mt-2">Jam layanan: {helpdesk.hours}</p>
    </div>
  );
}

import "server-only";

// The secretariat's helpdesk, from the environment so each deployment shows its own desk without a rebuild.
// No contact is invented: a line appears only when its variable is set, and the hours only beside a contact.

export type Helpdesk = {
  email: string | null;
  phone: string | null;
  /** Digits only with the country code ("6281234567890"), for the wa.me link. */
  whatsapp: { display: string; link: string } | null;
  hours: string;
};

export const DEFAULT_HELPDESK_HOURS = "Senin–Jumat, pukul 08.00–15.30 WIB (kecuali hari libur nasional)";

const clean = (v: string | undefined) => {
  const t = v?.trim();
  return t ? t.slice(0, 200) : null;
};

/** "0812-3456-7890" or "+62 812 3456 7890" → "6281234567890"; null when it has no usable digits. */
export function whatsappNumber(raw: string): string | null {
  const digits = raw.replace(/\D/g, "");
  if (digits.length < 8) return null;
  return digits.startsWith("0") ? `62${digits.slice(1)}` : digits;
}

export function getHelpdesk(env: Record<string, string | undefined> = process.env): Helpdesk | null {
  const email = clean(env.KOVABLIK_HELPDESK_EMAIL);
  const phone = clean(env.KOVABLIK_HELPDESK_PHONE);
  const wa = clean(env.KOVABLIK_HELPDESK_WHATSAPP);
  const waLink = wa ? whatsappNumber(wa) : null;
  if (!email && !phone && !waLink) return null;
  return {
    email,
    phone,
    whatsapp: wa && waLink ? { display: wa, link: `https://wa.me/${waLink}` } : null,
    hours: clean(env.KOVABLIK_HELPDESK_HOURS) ?? DEFAULT_HELPDESK_HOURS,
  };
}

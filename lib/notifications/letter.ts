// Every mail the portal sends is a short letter: the greeting, what happened, and the secretariat's sign-off.

/** Who signs every mail. */
export const MAIL_SIGNATURE = ["Salam,", "Sekretariat KOVABLIK — Biro Organisasi Setdaprov Jawa Timur"] as const;

/** A mail body to one person: "Yth. <name>,", the lines, then the signature, each part a blank line apart. */
export function mailLetter(name: string, lines: readonly string[]): string {
  return [`Yth. ${name},`, "", ...lines, "", ...MAIL_SIGNATURE].join("\n");
}

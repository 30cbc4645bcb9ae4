import { describe, expect, it } from "vitest";
import { DEFAULT_HELPDESK_HOURS, getHelpdesk, whatsappNumber } from "./helpdesk";

describe("helpdesk configuration", () => {
  it("shows nothing invented when no contact is configured, even with hours set", () => {
    expect(getHelpdesk({})).toBeNull();
    expect(getHelpdesk({ KOVABLIK_HELPDESK_HOURS: "Setiap hari" })).toBeNull();
    expect(getHelpdesk({ KOVABLIK_HELPDESK_EMAIL: "   " })).toBeNull();
  });

  it("shows only the configured lines, with the default hours", () => {
    expect(getHelpdesk({ KOVABLIK_HELPDESK_EMAIL: " helpdesk@jatimprov.go.id " })).toEqual({
      email: "helpdesk@jatimprov.go.id",
      phone: null,
      whatsapp: null,
      hours: DEFAULT_HELPDESK_HOURS,
    });
  });

  it("turns an Indonesian WhatsApp number into a wa.me link and keeps it as written for display", () => {
    const h = getHelpdesk({
      KOVABLIK_HELPDESK_WHATSAPP: "0812-3456-7890",
      KOVABLIK_HELPDESK_HOURS: "Senin–Kamis 08.00–16.00 WIB",
    });
    expect(h?.whatsapp).toEqual({ display: "0812-3456-7890", link: "https://wa.me/6281234567890" });
    expect(h?.hours).toBe("Senin–Kamis 08.00–16.00 WIB");
    expect(whatsappNumber("+62 812 3456 7890")).toBe("6281234567890");
    expect(whatsappNumber("12-34")).toBeNull();
  });
});

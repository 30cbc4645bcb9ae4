import type { Metadata } from "next";
import { connection } from "next/server";
import { InfoPage } from "@/components/site/info-page";
import { PrivacyNotice } from "@/components/site/privacy-notice";
import { getHelpdesk } from "@/lib/site/helpdesk";

export const metadata: Metadata = {
  title: "Kebijakan privasi",
  description:
    "Data pribadi apa yang disimpan Portal KOVABLIK (nama, NIP, e-mail, telepon, catatan masuk, jejak audit), untuk apa, siapa yang dapat melihatnya, berapa lama, dan ke mana menghubungi kami.",
  alternates: { canonical: "/privasi" },
};

export default async function PrivacyPage() {
  await connection(); // the contact lines come from the environment at run time
  return (
    <InfoPage
      eyebrow="Pelindungan data pribadi"
      title="Kebijakan privasi"
      lead={
        <p>
          Apa saja data pribadi yang disimpan Portal KOVABLIK, untuk apa, siapa yang dapat melihatnya, dan berapa lama.
        </p>
      }
    >
      <PrivacyNotice helpdesk={getHelpdesk()} />
    </InfoPage>
  );
}

import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import "./globals.css";

// Plus Jakarta Sans (SIL OFL 1.1, see app/fonts/OFL.txt), variable weight 200–800, self-hosted.
// Two faces split by unicode-range like the upstream web font: latin is preloaded; latin-ext is
// only fetched when a page shows a character that needs it.
const jakarta = localFont({
  src: "./fonts/plus-jakarta-sans-latin-wght-normal.woff2",
  weight: "200 800",
  style: "normal",
  display: "swap",
  variable: "--font-jakarta",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
});

const jakartaExt = localFont({
  src: "./fonts/plus-jakarta-sans-latin-ext-wght-normal.woff2",
  weight: "200 800",
  style: "normal",
  display: "swap",
  variable: "--font-jakarta-ext",
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
    },
  ],
});

export const metadata: Metadata = {
  title: {
    default: "KOVABLIK — Kompetisi Inovasi Pelayanan Publik Provinsi Jawa Timur",
    template: "%s · KOVABLIK",
  },
  description:
    "Portal resmi KOVABLIK, Kompetisi Inovasi Pelayanan Publik Provinsi Jawa Timur: unit pelayanan dan admin lokal menyusun serta mengirim usulan inovasi, juri menilai, dan masyarakat melihat finalis serta pemenang. Diselenggarakan oleh Biro Organisasi Setdaprov Jatim.",
  applicationName: "KOVABLIK",
  publisher: "Biro Organisasi Sekretariat Daerah Provinsi Jawa Timur",
  formatDetection: { telephone: false, email: false, address: false },
  // The files in public/ (scripts/render-public-assets.ts renders the PNGs); link previews need absolute URLs.
  metadataBase: new URL(process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`),
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
  openGraph: {
    type: "website",
    locale: "id_ID",
    siteName: "KOVABLIK",
    images: [
      {
        url: "/og.png",
        width: 1200,
        height: 630,
        alt: "KOVABLIK — Kompetisi Inovasi Pelayanan Publik Provinsi Jawa Timur",
      },
    ],
  },
  twitter: { card: "summary_large_image", images: ["/og.png"] },
};

export const viewport: Viewport = {
  themeColor: "#0c1a33",
  colorScheme: "light",
};

// No session, no per-request data here: the public pages below (app/publik) are cached HTML (decision 016).
// The portal's frame with the signed-in header is app/(portal)/layout.tsx and app/(app)/layout.tsx.
export default function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <html lang="id" className={`${jakarta.variable} ${jakartaExt.variable}`}>
      <body className="flex min-h-dvh flex-col bg-white font-sans text-slate-900 antialiased">
        <a
          href="#konten"
          data-surface="dark"
          className="sr-only rounded-lg bg-gold-400 font-semibold text-brand-950 shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:px-4 focus:py-3"
        >
          Langsung ke konten utama
        </a>
        {children}
      </body>
    </html>
  );
}

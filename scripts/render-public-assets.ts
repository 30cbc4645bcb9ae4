// Renders the raster files in public/ (favicon.ico, apple-touch-icon.png, og.png) from public/icon.svg and
// the brand colours, in Debian's Chromium. Run after changing the emblem: `npx tsx scripts/render-public-assets.ts`,
// then commit the files. Social sites and older browsers do not take SVG, hence the PNGs.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
const publicDir = path.join(root, "public");
const icon = readFileSync(path.join(publicDir, "icon.svg"), "utf8");
const iconUri = `data:image/svg+xml;base64,${Buffer.from(icon).toString("base64")}`;
const font = readFileSync(path.join(root, "app/fonts/plus-jakarta-sans-latin-wght-normal.woff2")).toString("base64");

const page = (body: string, css = "") => `<!doctype html><html><head><style>
@font-face { font-family: Jakarta; src: url(data:font/woff2;base64,${font}) format("woff2"); font-weight: 200 800; }
html, body { margin: 0; padding: 0; background: transparent; }
body { font-family: Jakarta, sans-serif; }
${css}</style></head><body>${body}</body></html>`;

// The kawung lattice of the home page's hero, as a CSS background.
const kawung = `data:image/svg+xml;base64,${Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" width="56" height="56"><g fill="none" stroke="#fff" stroke-opacity="0.08" stroke-width="1.2">
  <ellipse cx="14" cy="14" rx="15" ry="7.5" transform="rotate(45 14 14)"/><ellipse cx="42" cy="14" rx="15" ry="7.5" transform="rotate(-45 42 14)"/>
  <ellipse cx="14" cy="42" rx="15" ry="7.5" transform="rotate(-45 14 42)"/><ellipse cx="42" cy="42" rx="15" ry="7.5" transform="rotate(45 42 42)"/>
  <circle cx="28" cy="28" r="2"/></g></svg>`,
).toString("base64")}`;

const ogHtml = page(
  `<div class="card">
    <img src="${iconUri}" alt="" class="emblem" />
    <div>
      <p class="eyebrow">Pemerintah Provinsi Jawa Timur</p>
      <h1>KOVABLIK</h1>
      <p class="sub">Kompetisi Inovasi Pelayanan Publik<br />Provinsi Jawa Timur</p>
      <p class="org">Biro Organisasi Sekretariat Daerah Provinsi Jawa Timur</p>
    </div>
  </div>`,
  `.card { width: 1200px; height: 630px; box-sizing: border-box; display: flex; align-items: center; gap: 64px; padding: 0 96px;
     color: #fff; background: url(${kawung}), linear-gradient(135deg, #0c1a33 0%, #14274b 55%, #1a3260 100%);
     border-bottom: 16px solid #e5b02c; }
   .emblem { width: 260px; height: auto; flex: none; }
   .eyebrow { margin: 0; font-size: 26px; font-weight: 700; letter-spacing: 0.12em; text-transform: uppercase; color: #eec752; }
   h1 { margin: 12px 0 0; font-size: 120px; font-weight: 800; letter-spacing: 0.06em; line-height: 1; }
   .sub { margin: 24px 0 0; font-size: 40px; font-weight: 600; line-height: 1.25; color: #dbe4f3; }
   .org { margin: 36px 0 0; font-size: 24px; font-weight: 500; color: #b7c6e0; }`,
);

// The emblem centred on the navy of the header, for home screens and tabs.
const tileHtml = (size: number, pad: number) =>
  page(
    `<div class="tile"><img src="${iconUri}" alt="" /></div>`,
    `.tile { width: ${size}px; height: ${size}px; display: flex; align-items: center; justify-content: center; background: #0c1a33; }
     .tile img { height: ${size - 2 * pad}px; width: auto; }`,
  );

// An .ico that holds PNG images (supported by every current browser): a 6-byte header, a 16-byte entry per
// image, then the PNGs.
function ico(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, data }) => {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0);
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const shot = async (html: string, width: number, height: number, transparent = false) => {
    const p = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await p.setContent(html, { waitUntil: "load" });
    await p.evaluate(() => document.fonts.ready);
    const png = await p.screenshot({ omitBackground: transparent, clip: { x: 0, y: 0, width, height } });
    await p.close();
    return png;
  };
  try {
    writeFileSync(path.join(publicDir, "og.png"), await shot(ogHtml, 1200, 630));
    writeFileSync(path.join(publicDir, "apple-touch-icon.png"), await shot(tileHtml(180, 22), 180, 180));
    const favicon = await Promise.all(
      [16, 32, 48].map(async (size) => ({
        size,
        data: await shot(
          page(`<img src="${iconUri}" alt="" style="display:block;height:${size}px;margin:0 auto" />`),
          size,
          size,
          true,
        ),
      })),
    );
    writeFileSync(path.join(publicDir, "favicon.ico"), ico(favicon));
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

// Renders the app icons in public/ from public/favicon.svg (run once after changing the icon).
// sharp comes with Astro; the PNGs are committed so builds need no image step.
import sharp from 'sharp';

const svg = new URL('../public/favicon.svg', import.meta.url);
const out = (name) => new URL(`../public/${name}`, import.meta.url).pathname;

for (const size of [192, 512]) {
  await sharp(svg.pathname, { density: 600 })
    .resize(size, size)
    .png()
    .toFile(out(`icon-${size}.png`));
}
// Maskable: the icon inside the safe zone (80 %) on the brand colour.
const inner = await sharp(svg.pathname, { density: 600 }).resize(410, 410).png().toBuffer();
await sharp({ create: { width: 512, height: 512, channels: 4, background: '#0b5cad' } })
  .composite([{ input: inner, gravity: 'centre' }])
  .png()
  .toFile(out('icon-maskable-512.png'));
await sharp(svg.pathname, { density: 600 })
  .resize(180, 180)
  .png()
  .toFile(out('apple-touch-icon.png'));
console.log('icons written to public/');

// Vendors the page's npm libraries and its basemap into rasd/serve/static/, so the page runs
// with no internet.  The page's own files (index.html, rasd.css, js/) are written in place there;
// this only replaces vendor/ and basemap/.  Run through build.sh (or `npm run build` after `npm ci`).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "rasd", "serve", "static");
const require = createRequire(import.meta.url);
const pkgDir = (name) => dirname(require.resolve(`${name}/package.json`));

for (const dir of ["vendor", "basemap"]) {
  rmSync(join(out, dir), { recursive: true, force: true });
  mkdirSync(join(out, dir), { recursive: true });
}

// MapLibre's CSP build: the worker is a file of its own, so the page's CSP needs no blob: workers
const maplibre = join(pkgDir("maplibre-gl"), "dist");
for (const f of ["maplibre-gl-csp.js", "maplibre-gl-csp-worker.js", "maplibre-gl.css"]) {
  copyFileSync(join(maplibre, f), join(out, "vendor", f));
}
copyFileSync(join(maplibre, "LICENSE.txt"), join(out, "vendor", "LICENSE-maplibre-gl.txt"));

const topojson = pkgDir("topojson-client");
copyFileSync(join(topojson, "dist", "topojson-client.min.js"), join(out, "vendor", "topojson-client.min.js"));
copyFileSync(join(topojson, "LICENSE"), join(out, "vendor", "LICENSE-topojson-client.txt"));

// Natural Earth 1:50m country borders (public domain) as TopoJSON; the page converts it
const atlas = pkgDir("world-atlas");
copyFileSync(join(atlas, "countries-50m.json"), join(out, "basemap", "countries-50m.json"));
copyFileSync(join(atlas, "LICENSE"), join(out, "basemap", "LICENSE-world-atlas.txt"));

const versions = Object.fromEntries(["maplibre-gl", "topojson-client", "world-atlas"].map(
  (name) => [name, JSON.parse(readFileSync(join(pkgDir(name), "package.json"), "utf8")).version]));
writeFileSync(join(out, "vendor", "VERSIONS.json"), JSON.stringify(versions, null, 2) + "\n");
console.log(`built ${out}`, versions);

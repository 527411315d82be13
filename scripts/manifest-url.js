'use strict';
// The manifest in the repository points at https://localhost:3000/ (development). A production build replaces
// that origin with the hosting base URL from IOP_BASE_URL, e.g. IOP_BASE_URL=https://iop.kommun.se/tillagg/.
const DEV_BASE_URL = 'https://localhost:3000/';

function baseUrlFromEnv(env) {
  const raw = (env.IOP_BASE_URL || DEV_BASE_URL).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`IOP_BASE_URL "${raw}" är ingen giltig adress (t.ex. https://iop.kommun.se/tillagg/).`);
  }
  if (url.protocol !== 'https:') throw new Error(`IOP_BASE_URL måste börja med https:// (Office kräver det): "${raw}".`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function manifestForBaseUrl(xml, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return xml
    .replace(/<!--[\s\S]*?-->/, `<!-- Production manifest for ${baseUrl}, written by npm run build from manifest.xml. -->`)
    .split(DEV_BASE_URL).join(baseUrl)
    .split('<AppDomain>https://localhost:3000</AppDomain>').join(`<AppDomain>${origin}</AppDomain>`);
}

module.exports = { DEV_BASE_URL, baseUrlFromEnv, manifestForBaseUrl };

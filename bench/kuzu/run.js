// Runs the news-graph query shapes (bench/news_queries.tsv) on Kùzu, for comparison with
// query_bench. Kùzu is an optional peer of the benchmark only: install it with
// `npm install kuzu@0.11.3` in bench/kuzu (its node_modules is git-ignored) or anywhere on
// NODE_PATH.
//
//   node bench/kuzu/run.js --csv DIR --db PATH [--runs R] [--queries FILE]
//
// Loads the CSV files written by `query_bench --write-csv DIR` into a fresh Kùzu database in
// PATH (unless it exists already), then runs each query R times and prints one line per query:
// name, median, min and max ms, and the row count, in query_bench's layout.
"use strict";

const fs = require("fs");
const path = require("path");
const kuzu = require("kuzu");

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const csvDir = option("--csv", null);
const dbPath = option("--db", null);
const runs = Math.max(1, parseInt(option("--runs", "7"), 10));
const queriesFile = option("--queries", path.join(__dirname, "..", "news_queries.tsv"));
if (!csvDir || !dbPath) {
  console.error("usage: node run.js --csv DIR --db PATH [--runs R] [--queries FILE]");
  process.exit(2);
}

// The schema of the CSV files: node tables keyed by uid, relationship tables with their
// (from, to) pairs and the file of each pair. Columns are taken from the CSV headers by name.
const NODES = [
  ["Person", "persons.csv", "uid STRING, name STRING, age INT64, nationality STRING"],
  ["Country", "countries.csv", "uid STRING, name STRING, population INT64"],
  ["City", "cities.csv", "uid STRING, name STRING, population INT64"],
  ["Organization", "organizations.csv", "uid STRING, name STRING, kind STRING"],
  ["Event", "events.csv", "uid STRING, name STRING, kind STRING, date DATE, deaths INT64"],
  ["Article", "articles.csv", "uid STRING, title STRING, published DATE, source STRING"],
];
const RELS = [
  ["MENTIONED_IN", "", [["Person", "Article", "mentioned_person.csv"],
    ["Organization", "Article", "mentioned_org.csv"], ["Country", "Article", "mentioned_country.csv"]]],
  ["SAID", "topic STRING, tone INT64", [["Person", "Article", "said.csv"]]],
  ["MET", "year INT64", [["Person", "Person", "met.csv"]]],
  ["ACCUSED", "charge STRING", [["Person", "Person", "accused.csv"]]],
  ["FLED_TO", "year INT64", [["Person", "Country", "fled_to.csv"]]],
  ["LEADER_OF", "since INT64", [["Person", "Organization", "leader_of.csv"]]],
  ["LOCATED_IN", "", [["City", "Country", "city_in.csv"], ["Event", "City", "event_in.csv"],
    ["Organization", "City", "org_in.csv"]]],
  ["PARTICIPATED_IN", "role STRING", [["Person", "Event", "participated_in.csv"]]],
];

// The header of a CSV file, e.g. ["uid:ID(Person)", ":LABEL", "name", "age:int"].
function header(file) {
  const text = fs.readFileSync(file, "utf8");
  return text.slice(0, text.indexOf("\n")).split(",");
}

// A LOAD FROM subquery returning, in order, the CSV columns whose property names are `wanted`
// (the id and end columns by their role), each cast to its Kùzu type.
function loadFrom(file, wanted) {
  const cols = header(file);
  const pick = wanted.map(([name, type]) => {
    const col = cols.find((c) => {
      const base = c.split(":")[0];
      if (name === "uid") return c.includes(":ID(");
      if (name === "_from") return c.startsWith(":START_ID");
      if (name === "_to") return c.startsWith(":END_ID");
      return base === name;
    });
    if (!col) throw new Error(`${file}: no column for ${name}`);
    // Kùzu drops a ":type" suffix from property column names (`age:int` is read as `age`).
    const shown = name.startsWith("_") || name === "uid" ? col : col.split(":")[0];
    return `CAST(\`${shown}\` AS ${type})`;
  });
  return `LOAD FROM '${file}' (header=true) RETURN ${pick.join(", ")}`;
}

function columns(spec) {
  return spec ? spec.split(", ").map((c) => c.split(" ")) : [];
}

async function load(conn) {
  const t0 = Date.now();
  for (const [label, file, spec] of NODES) {
    await conn.query(`CREATE NODE TABLE ${label}(${spec}, PRIMARY KEY (uid))`);
    await conn.query(`COPY ${label} FROM (${loadFrom(path.join(csvDir, file), columns(spec))})`);
  }
  for (const [type, spec, pairs] of RELS) {
    const pairText = pairs.map(([f, t]) => `FROM ${f} TO ${t}`).join(", ");
    await conn.query(`CREATE REL TABLE ${type}(${pairText}${spec ? ", " + spec : ""})`);
    for (const [f, t, file] of pairs) {
      const wanted = [["_from", "STRING"], ["_to", "STRING"], ...columns(spec)];
      const opts = pairs.length > 1 ? ` (from='${f}', to='${t}')` : "";
      await conn.query(`COPY ${type} FROM (${loadFrom(path.join(csvDir, file), wanted)})${opts}`);
    }
  }
  const n = await (await conn.query("MATCH (n) RETURN count(n)")).getAll();
  const r = await (await conn.query("MATCH ()-[r]->() RETURN count(r)")).getAll();
  console.log(`kuzu: ${Object.values(n[0])[0]} nodes, ${Object.values(r[0])[0]} edges loaded in ` +
              `${((Date.now() - t0) / 1000).toFixed(1)} s (${dbPath})`);
}

function readQueries() {
  return fs.readFileSync(queriesFile, "utf8").split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("\t"))
    .filter((f) => f.length >= 4)
    .map(([name, , dossier, k]) => ({ name, text: k === "=" ? dossier : k }));
}

async function main() {
  const fresh = !fs.existsSync(dbPath);
  const db = new kuzu.Database(dbPath);
  const conn = new kuzu.Connection(db);
  if (fresh) await load(conn);
  console.log(`${"query".padEnd(26)} ${"median ms".padStart(10)} ${"min ms".padStart(10)} ` +
              `${"max ms".padStart(10)} ${"rows".padStart(8)}`);
  for (const q of readQueries()) {
    const ms = [];
    let rows = 0;
    for (let i = 0; i < runs; ++i) {
      const start = process.hrtime.bigint();
      const result = await conn.query(q.text);
      const all = await result.getAll();
      ms.push(Number(process.hrtime.bigint() - start) / 1e6);
      rows = all.length;
    }
    ms.sort((a, b) => a - b);
    const f = (x) => x.toFixed(3).padStart(10);
    console.log(`${q.name.padEnd(26)} ${f(ms[Math.floor(ms.length / 2)])} ${f(ms[0])} ` +
                `${f(ms[ms.length - 1])} ${String(rows).padStart(8)}`);
  }
}

main().catch((e) => {
  console.error(`kuzu: ${e.message}`);
  process.exit(1);
});

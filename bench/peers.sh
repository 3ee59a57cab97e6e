#!/bin/sh
# Times `yaodian export` against the tools a writer could use instead to
# turn the benchmark plan (testdata/bench/workplan-20p) into a PDF, in one
# run on the same machine, and prints each one's median and its ratio to
# Yaodian's. Each peer is set up to the same standard first — A4, the
# 156 × 225 mm block, a 16 pt 仿宋 body on a 28.99 pt line pitch, the
# fonts Yaodian bundles actually loaded — and the script prints, beside
# its time, the pages, lines per page and characters per line measured
# from the PDF it made, so that the page counts can be compared:
#
#   LibreOffice    soffice --headless --convert-to pdf, on the .docx that
#                  yaodian export writes (仿宋 body, footers that fit),
#                  the official font names mapped to the bundled fonts
#   pandoc+xelatex pandoc workplan-20p.md --pdf-engine=xelatex, ctexart
#                  at 16 pt on a 28.99 pt baseline, FandolFang body
#                  (the language is left to ctex: Debian 12's babel has no
#                  zh-CN, which the plan's front matter names)
#   Typst          the npm package @myriaddreamin/typst-ts-node-compiler,
#                  on the same text as Typst markup, 16 pt on a 28.99 pt
#                  pitch (line boxes one em high, 12.99 pt apart)
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
	$sudo apt-get -o DPkg::Lock::Timeout=600 update
	DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends $missing
fi
if [ ! -d "$peers/node_modules/@myriaddreamin/typst-ts-node-compiler" ]; then
	mkdir -p "$peers"
	(cd "$peers" && npm init -y >/dev/null && npm install --no-audit --no-fund @myriaddreamin/typst-ts-node-compiler)
fi

go build -o "$work/yaodian" .
md=$root/testdata/bench/workplan-20p.md
docx=$work/workplan-20p.docx
"$work/yaodian" export "$md" -o "$docx" >/dev/null
# The fonts Yaodian bundles, under the names the .docx asks for, for
# LibreOffice and XeTeX alike.
cat >"$work/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>$root/assets/fonts</dir>
  <dir>$root/fonts/folio</dir>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>FandolFang-Regular</family></prefer></alias>
  <alias binding="same"><family>楷体_GB2312</family><prefer><family>FandolKai-Regular</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans SC</family></prefer></alias>
  <alias binding="same"><family>方正小标宋简体</family><prefer><family>Noto Serif SC</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>YaodianFolioSerif</family><family>FandolFang-Regular</family></prefer></alias>
</fontconfig>
EOF
export FONTCONFIG_FILE="$work/fonts.conf"
# The TeX header: 16 pt on a 28.99 pt baseline, a FandolFang body, 黑体
# and 楷体 headings of the same size, two-character indents.
cat >"$work/header.tex" <<EOF
\\setCJKmainfont[BoldFont=NotoSansSC-Bold.ttf,Path=$root/assets/fonts/]{FandolFang-Regular.ttf}
\\setCJKfamilyfont{yhei}[Path=$root/assets/fonts/]{NotoSansSC-Regular.ttf}
\\setCJKfamilyfont{ykai}[Path=$root/assets/fonts/]{FandolKai-Regular.ttf}
\\AtBeginDocument{\\fontsize{16pt}{28.99pt}\\selectfont\\setlength{\\parindent}{2em}}
\\ctexset{section={format=\\CJKfamily{yhei}\\fontsize{16pt}{28.99pt}\\selectfont,beforeskip=0pt,afterskip=0pt,indent=2em},
  subsection={format=\\CJKfamily{ykai}\\fontsize{16pt}{28.99pt}\\selectfont,beforeskip=0pt,afterskip=0pt,indent=2em}}
\\setlength{\\parskip}{0pt}
EOF
pandoc_args="-o $work/pandoc.pdf --pdf-engine=xelatex -M lang= -V documentclass=ctexart -V geometry:a4paper,top=37mm,left=28mm,textwidth=156mm,textheight=225mm -H $work/header.tex"
# TeX and LibreOffice leave logs where they run: in the scratch folder.
cd "$work"

# Typst markup of the same plan: the title centred in 22 pt, 一、 and （一）
# headings, justified 16 pt paragraphs with a two-character indent on
# GB/T 9704's page, with the fonts Yaodian bundles.
cat >"$work/typst.js" <<'EOF'
const fs = require("fs");
const { NodeCompiler } = require(process.env.PEERS + "/node_modules/@myriaddreamin/typst-ts-node-compiler");
const [src, out, ...fonts] = process.argv.slice(2);
const esc = (s) => s.replace(/[\\#*_`$@<>\[\]~"]/g, (c) => "\\" + c);
let text = fs.readFileSync(src, "utf8");
const title = (text.match(/^title:\s*(.*)$/m) || [, ""])[1];
text = text.replace(/^---\n[\s\S]*?\n---\n/, "");
const body = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean).map((b) => {
	const h = b.match(/^(#+)\s+(.*)$/);
	return h ? "=".repeat(h[1].length) + " " + esc(h[2]) : esc(b);
}).join("\n\n");
const doc = `#set page(paper: "a4", margin: (top: 37mm, left: 28mm, right: 26mm, bottom: 35mm), numbering: "— 1 —")
#set text(font: ("FandolFang R", "Noto Sans SC"), size: 16pt, lang: "zh", top-edge: 1em, bottom-edge: 0pt)
#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 12.99pt, spacing: 12.99pt)
#show heading: set text(size: 16pt, weight: "regular")
#show heading: set block(above: 12.99pt, below: 12.99pt)
#show heading.where(level: 1): set text(font: "Noto Sans SC")
#show heading.where(level: 2): set text(font: ("FandolKai", "Noto Sans SC"))
#align(center, text(font: "Noto Serif SC", size: 22pt, weight: "bold")[${esc(title)}])

${body}
`;
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: fonts }] });
fs.writeFileSync(out, compiler.pdf({ mainFileContent: doc }));
EOF
export PEERS="$peers"
# Typst does not load the TrueType conversions of the Fandol fonts that
# Yaodian bundles, so it is given TeX Live's originals (OpenType, the same
# outlines), which xelatex uses too.
fandol=$(dirname "$(kpsewhich FandolFang-Regular.otf)")
lo_profile="file://$work/lo-profile"

# One run of each first, to check that each tool works and to warm up.
"$work/yaodian" export "$md" -o "$work/yaodian.pdf" >/dev/null
soffice -env:UserInstallation="$lo_profile" --headless --convert-to pdf --outdir "$work" "$docx" >/dev/null 2>&1
cp "$work/workplan-20p.pdf" "$work/libreoffice.pdf"
# shellcheck disable=SC2086
pandoc "$md" 2>/dev/null $pandoc_args
node "$work/typst.js" "$md" "$work/typst.pdf" "$fandol" "$root/assets/fonts"

# Pages, size, and lines per page and characters per line measured from
# the text of each PDF: the median over full pages of the body lines (the
# page number left out), and the median length of the lines that fill the
# block, a Chinese character counting one and a Latin letter or digit half.
cat >"$work/measure.js" <<'EOF'
const { execFileSync } = require("child_process");
const fs = require("fs");
const median = (a) => { a = a.slice().sort((x, y) => x - y); return a.length ? a[a.length >> 1] : 0; };
for (const f of process.argv.slice(2)) {
	const x = execFileSync("pdftotext", ["-bbox-layout", f, "-"], { encoding: "utf8", maxBuffer: 1 << 28 });
	const pages = x.split("<page ").slice(1);
	const perPage = [], lines = [];
	for (const p of pages) {
		const h = +(p.match(/height="([\d.]+)"/) || [, 842])[1];
		// Pieces of text less than 6 pt apart down the page are one line.
		const pieces = [];
		for (const m of p.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
			if (+m[4] > 0.9 * h) continue; // the page number, below the 225 mm block
			const text = [...m[5].matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join("");
			pieces.push({ y: +m[4], x0: +m[1], x1: +m[3], chars: [...text].reduce((s, c) => s + (c.codePointAt(0) < 0x1100 ? 0.5 : 1), 0) });
		}
		pieces.sort((a, b) => a.y - b.y);
		const rows = [];
		for (const q of pieces) {
			const r = rows[rows.length - 1];
			if (r && q.y - r.y < 6) {
				r.x0 = Math.min(r.x0, q.x0); r.x1 = Math.max(r.x1, q.x1); r.chars += q.chars;
			} else {
				rows.push({ ...q });
			}
		}
		for (const r of rows) lines.push({ w: r.x1 - r.x0, chars: r.chars });
		perPage.push(rows.length);
	}
	const widest = Math.max(...lines.map((l) => l.w));
	const full = lines.filter((l) => l.w >= 0.97 * widest).map((l) => l.chars);
	const kb = Math.round(fs.statSync(f).size / 1024);
	// The fonts it embedded, to see that each peer used the ones asked.
	const used = execFileSync("pdffonts", [f], { encoding: "utf8" }).split("\n").slice(2)
		.map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, "").replace(/-Identity-H$/, "")).filter(Boolean);
	console.log(`${f.replace(/.*\//, "").padEnd(16)} ${pages.length} pages, ${kb} KB, ${median(perPage.slice(0, -1))} lines a page, ${median(full)} characters a line; ${[...new Set(used)].join(", ")}`);
}
EOF
node "$work/measure.js" "$work/yaodian.pdf" "$work/libreoffice.pdf" "$work/pandoc.pdf" "$work/typst.pdf"

hyperfine --style basic -N -w 2 -r "$runs" --export-json "$work/times.json" \
	-n yaodian "$work/yaodian export --force $md -o $work/yaodian.pdf" \
	-n typst "node $work/typst.js $md $work/typst.pdf $fandol $root/assets/fonts" \
	-n libreoffice "soffice -env:UserInstallation=$lo_profile --headless --convert-to pdf --outdir $work $docx" \
	-n pandoc+xelatex "pandoc $md $pandoc_args" \
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

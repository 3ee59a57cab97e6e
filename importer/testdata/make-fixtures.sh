#!/bin/sh
# Regenerates the Word fixtures of the importer tests from the sources in
# fixtures/src/ with the tools writers' files really come from. Run it once
# after changing a source, read what the tests say, and commit the .docx
# files; the tests themselves never need pandoc or LibreOffice.
#
# Needs: pandoc, LibreOffice (apt-get install --no-install-recommends
# libreoffice-writer pandoc).
set -eu
cd "$(dirname "$0")/fixtures"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# pandoc: Markdown with bold lead sentences and a task-division table.
pandoc src/pandoc-plan.md -o pandoc-plan.docx

# LibreOffice: headings numbered by Writer's outline numbering (一、 and
# （一） as chineseCounting), tasks in an automatically numbered list that
# restarts under each heading, bold leads set with a character style, and
# a signature block.
soffice --headless --convert-to docx --outdir "$tmp" src/lo-outline.fodt >/dev/null
cp "$tmp/lo-outline.docx" lo-outline.docx

# LibreOffice: the five-plan compilation of the seeds, saved as Word, one
# paragraph per line.
cp ../../../testdata/seeds/002_07ecd39dfcf56a0e.txt "$tmp/lo-compilation.txt"
soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to docx --outdir "$tmp" "$tmp/lo-compilation.txt" >/dev/null
cp "$tmp/lo-compilation.docx" lo-compilation.docx

# LibreOffice: the same Word files saved as Word 97-2003 (.doc), and the
# benchmark plan and two seeds, to show that .doc reads as its source does.
for f in pandoc-plan lo-outline lo-compilation; do
	cp "$f.docx" "$tmp/"
	soffice --headless --convert-to doc --outdir "$tmp" "$tmp/$f.docx" >/dev/null
	cp "$tmp/$f.doc" "$f.doc"
done
cp ../../../testdata/bench/workplan-20p.docx "$tmp/"
soffice --headless --convert-to doc --outdir "$tmp" "$tmp/workplan-20p.docx" >/dev/null
cp "$tmp/workplan-20p.doc" workplan-20p.doc
for s in 001_c2dd12a7d8c4d9be 004_3207a1f9dd876bd1; do
	cp ../../../testdata/seeds/$s.txt "$tmp/seed-$s.txt"
	soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to doc --outdir "$tmp" "$tmp/seed-$s.txt" >/dev/null
	cp "$tmp/seed-$s.doc" "seed-$s.doc"
done

// Package opctest validates the Office Open XML packages Yaodian writes
// the way Word itself checks a file before it opens it: with the
// OpenXmlValidator of Microsoft's Open XML SDK, which holds the ECMA-376
// (ISO/IEC 29500) Transitional schemas with Office's own constraints on
// them, and validates every part of a .docx or .xlsx — the order of child
// elements, attribute names and values, content types, relationships.
//
// The SDK (DocumentFormat.OpenXml 3.0.2, MIT) runs compiled to
// WebAssembly in Node.js, as the npm package @ooxml-tools/validate 0.4.6
// (MIT), which scripts/install-deps installs. The SDK does not look into
// the core properties part, so Problems checks docProps/core.xml itself
// against ECMA-376 Part 2 §8.3. Parts and Repack read a package's parts,
// and make copies broken on purpose, for the tests of the writers.
package opctest

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// Versions are the Office versions each file is validated for: Office
// 2007 (ECMA-376 first edition, what Word 2007 and WPS read) and the
// newest, Microsoft 365.
var Versions = []string{"Office2007", "Microsoft365"}

// script validates the files named on its command line with the SDK and
// prints, as JSON, for each version and file the problems found.
const script = `import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
const [index, versions, ...files] = process.argv.slice(2);
const { default: validate } = await import(pathToFileURL(index).href);
const out = {};
for (const version of versions.split(",")) {
  for (const f of files) {
    const key = version + " " + f;
    try {
      const errs = await validate(await readFile(f), f.endsWith(".xlsx") ? "xlsx" : "docx", version);
      out[key] = errs.map((e) => e.path.partUri + " " + e.path.xpath + ": " + e.id + ": " + e.description);
    } catch (e) {
      out[key] = ["the package cannot be opened: " + String(e.message).split("\n")[0].trim()];
    }
  }
}
process.stdout.write(JSON.stringify(out));
process.exit(0);
`

// validator returns the path of node and of the validator's module.
// Outside CI a machine without them skips the test; CI has them.
func validator(t testing.TB) (node, index string) {
	t.Helper()
	missing := func(what string) {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing; scripts/install-deps installs it", what)
		}
		t.Skipf("%s is not installed (scripts/install-deps); skipping the validation of Office files", what)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		missing("node")
	}
	bin, err := exec.LookPath("ooxml-validate")
	if err != nil {
		missing("ooxml-validate (npm install -g @ooxml-tools/validate)")
	}
	// The command is a link to dist/npm/bin/ooxml-validate.js beside the
	// module's dist/npm/index.js.
	js, err := filepath.EvalSymlinks(bin)
	if err != nil {
		t.Fatal(err)
	}
	index = filepath.Join(filepath.Dir(filepath.Dir(js)), "index.js")
	if _, err := os.Stat(index); err != nil {
		t.Fatalf("ooxml-validate: %v", err)
	}
	return node, index
}

// Problems validates files, each named with its extension (.docx or
// .xlsx), and returns for each name the problems found, one line each:
// the version of Office, the part, the element's path and what is wrong.
// A valid file has none.
func Problems(t testing.TB, files map[string][]byte) map[string][]string {
	t.Helper()
	node, index := validator(t)
	dir := t.TempDir()
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range files {
			if !yield(n) {
				return
			}
		}
	})
	args := []string{filepath.Join(dir, "validate.mjs"), index, strings.Join(Versions, ",")}
	out := map[string][]string{}
	for _, n := range names {
		path := filepath.Join(dir, n)
		if err := os.WriteFile(path, files[n], 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, path)
		out[n] = append([]string(nil), coreProblems(files[n])...)
	}
	if err := os.WriteFile(args[0], []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("ooxml-validate: %v\n%s", err, stderr.Bytes())
	}
	var found map[string][]string
	if err := json.Unmarshal(stdout, &found); err != nil {
		t.Fatalf("ooxml-validate printed %q: %v", stdout, err)
	}
	for key, list := range found {
		version, path, _ := strings.Cut(key, " ")
		n := filepath.Base(path)
		for _, p := range list {
			out[n] = append(out[n], version+": "+p)
		}
	}
	return out
}

// Parts unzips the package pkg into its parts' contents by name.
func Parts(t testing.TB, pkg []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range zr.File {
		data, err := read(f)
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = string(data)
	}
	return out
}

// read returns the content of a file of a zip.
func read(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// Repack returns a copy of the package pkg with the part named part
// rewritten by edit, to make a broken file for a validator to catch. The
// other parts stay as they were, and all keep their order, compression
// and dates. The test fails where pkg is no zip, has no such part, or the
// edit changes nothing.
func Repack(t testing.TB, pkg []byte, part string, edit func(string) string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	found := false
	for _, f := range zr.File {
		if f.Name != part {
			if err := zw.Copy(f); err != nil {
				t.Fatal(err)
			}
			continue
		}
		found = true
		data, err := read(f)
		if err != nil {
			t.Fatal(err)
		}
		changed := edit(string(data))
		if changed == string(data) {
			t.Fatalf("the edit of %s changed nothing", part)
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: f.Method, Modified: f.Modified})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(changed)); err != nil {
			t.Fatal(err)
		}
	}
	if !found {
		t.Fatalf("the package has no part %s", part)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Namespaces of the core properties part.
const (
	nsCP      = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsDCTerms = "http://purl.org/dc/terms/"
	nsXSI     = "http://www.w3.org/2001/XMLSchema-instance"
	nsXML     = "http://www.w3.org/XML/1998/namespace" // the xml: prefix
)

// coreElements are the elements the core properties schema
// (opc-coreProperties.xsd) allows, each at most once, by namespace.
var coreElements = map[string][]string{
	nsCP:      {"category", "contentStatus", "keywords", "lastModifiedBy", "lastPrinted", "revision", "version"},
	nsDC:      {"creator", "description", "identifier", "language", "subject", "title"},
	nsDCTerms: {"created", "modified"},
}

// coreProblems checks the core properties part of a package, which the
// SDK does not validate, against ECMA-376 Part 2 §8.3: the schema's
// elements, each once; dcterms:created and dcterms:modified typed
// xsi:type="dcterms:W3CDTF" with such a date (Word rejects them
// otherwise); no other element typed, no xml:lang, no element nested in
// another but cp:keywords' cp:value.
func coreProblems(pkg []byte) []string {
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		return []string{"core properties: " + err.Error()}
	}
	var data []byte
	for _, f := range zr.File {
		if f.Name == "docProps/core.xml" {
			if data, err = read(f); err != nil {
				return []string{"core properties: " + err.Error()}
			}
		}
	}
	if data == nil {
		return nil
	}
	var problems []string
	bad := func(format string, a ...any) {
		problems = append(problems, "/docProps/core.xml: "+fmt.Sprintf(format, a...))
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	prefixes := map[string]string{} // prefix → namespace, as declared
	seen := map[xml.Name]bool{}
	var stack []xml.Name
	var text strings.Builder
	var typed bool
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			bad("%v", err)
			break
		}
		switch e := tok.(type) {
		case xml.StartElement:
			typed = false
			for _, a := range e.Attr {
				switch {
				case a.Name.Space == "xmlns":
					prefixes[a.Name.Local] = a.Value
				case a.Name.Space == nsXML && a.Name.Local == "lang":
					bad("%s has xml:lang, which §8.3.3 forbids", e.Name.Local)
				case a.Name.Space == nsXSI && a.Name.Local == "type":
					prefix, local, _ := strings.Cut(a.Value, ":")
					if prefixes[prefix] != nsDCTerms || local != "W3CDTF" || e.Name.Space != nsDCTerms {
						bad("%s has xsi:type %q; only dcterms:created and dcterms:modified are typed, as dcterms:W3CDTF", e.Name.Local, a.Value)
					}
					typed = true
				}
			}
			switch depth := len(stack); {
			case depth == 0:
				if e.Name != (xml.Name{Space: nsCP, Local: "coreProperties"}) {
					bad("the root is %s, not cp:coreProperties", e.Name.Local)
				}
			case depth == 1:
				if !slices.Contains(coreElements[e.Name.Space], e.Name.Local) {
					bad("%s (%s) is not a core property", e.Name.Local, e.Name.Space)
				}
				if seen[e.Name] {
					bad("%s appears twice", e.Name.Local)
				}
				seen[e.Name] = true
				if e.Name.Space == nsDCTerms && !typed {
					bad("%s lacks xsi:type=\"dcterms:W3CDTF\"", e.Name.Local)
				}
			case stack[1] != (xml.Name{Space: nsCP, Local: "keywords"}) || e.Name != (xml.Name{Space: nsCP, Local: "value"}):
				bad("%s is nested in %s", e.Name.Local, stack[len(stack)-1].Local)
			}
			stack = append(stack, e.Name)
			text.Reset()
		case xml.CharData:
			text.Write(e)
		case xml.EndElement:
			if len(stack) == 2 && e.Name.Space == nsDCTerms {
				if !w3cdtf(strings.TrimSpace(text.String())) {
					bad("%s is not a W3CDTF date and time: %q", e.Name.Local, text.String())
				}
			}
			stack = stack[:len(stack)-1]
		}
	}
	return problems
}

// w3cdtf tells whether s is a date in one of the W3C's profiles of ISO
// 8601 (W3CDTF), from a year alone to a time with fractions of seconds.
func w3cdtf(s string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02", "2006-01-02T15:04Z07:00", time.RFC3339Nano} {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}

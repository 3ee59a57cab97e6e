package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"

	"yaodian/docmodel"
	"yaodian/importer"
	"yaodian/usererr"
)

// indexFlag adds --index N to a command: which document of a file that
// holds several (a compilation of plans) to take, counting from 1.
func indexFlag(fs *flag.FlagSet) *int {
	return fs.Int("index", 0, "the document to take from a file that holds several, from 1")
}

// readInput reads the document a command works on: the one document of
// in, or with index > 0 the index-th of the documents it holds.
func readInput(in string, index int) (*docmodel.Document, error) {
	return readInputFlag(in, index, "--index")
}

// readInputFlag is readInput for a command whose flag choosing the
// document is named flag, which the message for a compilation names.
func readInputFlag(in string, index int, flag string) (*docmodel.Document, error) {
	if index == 0 {
		d, err := importer.File(in)
		var several *importer.SeveralError
		if errors.As(err, &several) {
			return nil, usererr.New(fmt.Sprintf("“%s”包含 %d 篇文档；用 %s N 选取其中一篇（yaodian import %s --list 可列出）", in, several.Count, flag, in),
				fmt.Sprintf("%s holds %d documents; pick one with %s N (yaodian import %s --list lists them)", in, several.Count, flag, in))
		}
		return d, err
	}
	docs, err := pick(in, index)
	if err != nil {
		return nil, err
	}
	return docs[index-1], nil
}

// pick reads every document of in and checks that index names one.
func pick(in string, index int) ([]*docmodel.Document, error) {
	if index < 0 {
		return nil, usage("--index 应为从 1 开始的序号", "--index counts from 1")
	}
	docs, err := importer.Documents(in)
	if err != nil {
		return nil, err
	}
	if index > len(docs) {
		return nil, usage(fmt.Sprintf("“%s”只有 %d 篇文档，没有第 %d 篇", in, len(docs), index), fmt.Sprintf("%s holds %d documents, not %d", in, len(docs), index))
	}
	return docs, nil
}

// listDocuments prints one line per document of in: index, title, year,
// issuer and number of nodes, separated by tabs; "-" for what is unknown.
func listDocuments(in string, stdout io.Writer) error {
	docs, err := importer.Documents(in)
	if err != nil {
		return err
	}
	for i, d := range docs {
		year, issuer, title := "-", "-", "-"
		if d.Meta.Year != 0 {
			year = strconv.Itoa(d.Meta.Year)
		}
		if d.Meta.Issuer != "" {
			issuer = d.Meta.Issuer
		}
		if d.Meta.Title != "" {
			title = d.Meta.Title
		}
		if _, err := fmt.Fprintf(stdout, "%d\t%s\t%s\t%s\t%d\n", i+1, title, year, issuer, len(d.Entries())); err != nil {
			return err
		}
	}
	return nil
}

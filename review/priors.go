package review

import (
	"os"
	"path/filepath"
	"sync"
	"time"

	"yaodian/check"
	"yaodian/docmodel"
	"yaodian/importer"
	"yaodian/usererr"
)

// Priors are the plans of earlier years read for a check, and the files
// read that hold no plan.
type Priors struct {
	Plans []check.Plan
	// Skipped are the files that are not plans, each "name：why".
	Skipped []string
}

// Read reads the prior plans at paths, each a plan file or a folder of
// them, as the command line names them. A file named itself that cannot
// be read stops the reading; a file in a folder that is not a plan is
// skipped and named by its path.
func Read(paths []string) (Priors, error) {
	var p Priors
	for _, path := range paths {
		files, err := importer.Files(path)
		if err != nil {
			return Priors{}, usererr.Prefix(err, "往年计划：", "prior plan: ")
		}
		for _, f := range files {
			docs, err := importer.Documents(f)
			if err != nil {
				if f == path {
					return Priors{}, err
				}
				p.Skipped = append(p.Skipped, f+"："+usererr.Chinese(err))
				continue
			}
			p.Plans = append(p.Plans, plans(f, docs)...)
		}
	}
	return p, nil
}

// Cache reads the plans of the prior-years folder and keeps them until a
// file changes, so that checking after every pause in typing does not
// parse ten Word files each time. It is safe for concurrent use; its zero
// value is empty and ready.
type Cache struct {
	mu    sync.Mutex
	files map[string]cachedFile // by path
}

// cachedFile is what one file of the folder held when last read.
type cachedFile struct {
	size  int64
	mod   time.Time
	plans []check.Plan
	err   error
}

// Folder returns the plans in dir (none when dir is ""), and the files
// that are not plans, each named by its base name with why. Only a folder
// that cannot be listed is an error.
func (c *Cache) Folder(dir string) (Priors, error) {
	if dir == "" {
		return Priors{}, nil
	}
	files, err := importer.Files(dir)
	if err != nil {
		return Priors{}, usererr.Prefix(err, "往年计划文件夹：", "prior-years folder: ")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var p Priors
	fresh := make(map[string]cachedFile, len(files))
	for _, f := range files {
		info, err := os.Stat(f)
		if err != nil {
			p.Skipped = append(p.Skipped, filepath.Base(f)+"："+usererr.Chinese(usererr.File(err, f, "读取", "read")))
			continue
		}
		got, ok := c.files[f]
		if !ok || got.size != info.Size() || !got.mod.Equal(info.ModTime()) {
			got = cachedFile{size: info.Size(), mod: info.ModTime()}
			var docs []*docmodel.Document
			docs, got.err = importer.Documents(f)
			got.plans = plans(f, docs)
		}
		fresh[f] = got
		if got.err != nil {
			p.Skipped = append(p.Skipped, filepath.Base(f)+"："+usererr.Chinese(got.err))
		}
		p.Plans = append(p.Plans, got.plans...)
	}
	c.files = fresh
	return p, nil
}

// plans are the documents of file as plans to compare with.
func plans(file string, docs []*docmodel.Document) []check.Plan {
	var out []check.Plan
	for _, d := range docs {
		out = append(out, check.Plan{Doc: d, File: file, Year: check.PlanYear(d)})
	}
	return out
}

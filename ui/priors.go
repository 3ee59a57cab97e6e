package ui

import (
	"os"
	"path/filepath"
	"sync"
	"time"

	"yaodian/check"
	"yaodian/importer"
	"yaodian/usererr"
)

// priorPlans reads the plans in the prior-years folder and keeps them
// until a file changes, so that checking after every pause in typing does
// not parse ten Word files each time. It is safe to use off the UI
// goroutine.
type priorPlans struct {
	mu    sync.Mutex
	files map[string]priorFile // by path
}

// priorFile is what one file of the folder held when last read.
type priorFile struct {
	size  int64
	mod   time.Time
	plans []check.Plan
	err   error
}

// load returns the plans in dir (none when dir is ""), and the files that
// are not plans, each with why.
func (p *priorPlans) load(dir string) (plans []check.Plan, skipped []string, err error) {
	if dir == "" {
		return nil, nil, nil
	}
	files, err := importer.Files(dir)
	if err != nil {
		return nil, nil, usererr.Prefix(err, "往年计划文件夹：", "prior-years folder: ")
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fresh := make(map[string]priorFile, len(files))
	for _, f := range files {
		info, err := os.Stat(f)
		if err != nil {
			skipped = append(skipped, filepath.Base(f)+"："+usererr.Chinese(usererr.File(err, f, "读取", "read")))
			continue
		}
		got, ok := p.files[f]
		if !ok || got.size != info.Size() || !got.mod.Equal(info.ModTime()) {
			got = priorFile{size: info.Size(), mod: info.ModTime()}
			docs, err := importer.Documents(f)
			got.err = err
			for _, d := range docs {
				got.plans = append(got.plans, check.Plan{Doc: d, File: f, Year: check.PlanYear(d)})
			}
		}
		fresh[f] = got
		if got.err != nil {
			skipped = append(skipped, filepath.Base(f)+"："+usererr.Chinese(got.err))
		}
		plans = append(plans, got.plans...)
	}
	p.files = fresh
	return plans, skipped, nil
}

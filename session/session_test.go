package session

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"yaodian/docmodel"
)

// encoding returns the native encoding of the session's document.
func encoding(t *testing.T, s *Session) []byte {
	t.Helper()
	b, err := docmodel.Encode(s.Doc())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// setTitle is an edit that sets the document title.
func setTitle(title string) func(d *docmodel.Document) error {
	return func(d *docmodel.Document) error {
		d.Meta.Title = title
		return nil
	}
}

// addSection is an edit that appends a section with the given heading.
func addSection(heading string) func(d *docmodel.Document) error {
	return func(d *docmodel.Document) error {
		n := d.NewNode()
		n.Heading = heading
		return d.Insert("", len(d.Sections), n)
	}
}

func TestTemplate(t *testing.T) {
	for _, tc := range []struct {
		year     int
		title    string
		wantYear int
	}{
		{2025, "2025年工作要点", 2025},
		{0, "工作要点", 0},
		{-3, "工作要点", 0}, // outside what the model accepts
		{12345, "工作要点", 0},
	} {
		d := Template(tc.year)
		if err := d.Validate(); err != nil {
			t.Errorf("Template(%d) does not validate: %v", tc.year, err)
			continue
		}
		if d.Meta.Title != tc.title || d.Meta.Year != tc.wantYear {
			t.Errorf("Template(%d): title %q year %d, want %q %d", tc.year, d.Meta.Title, d.Meta.Year, tc.title, tc.wantYear)
		}
		want := []struct {
			heading string
			role    docmodel.Role
		}{{"总体要求", docmodel.RolePrinciples}, {"主要目标", docmodel.RoleGoals}, {"重点任务", docmodel.RoleTasks}, {"保障措施", docmodel.RoleSafeguards}}
		if len(d.Sections) != len(want) {
			t.Fatalf("Template(%d) has %d sections, want %d", tc.year, len(d.Sections), len(want))
		}
		ids := map[string]bool{}
		for i, w := range want {
			sec := d.Sections[i]
			if sec.Heading != w.heading || sec.Role != w.role {
				t.Errorf("section %d = %q %q, want %q %q", i+1, sec.Heading, sec.Role, w.heading, w.role)
			}
			if ids[sec.ID] {
				t.Errorf("section %d reuses id %s", i+1, sec.ID)
			}
			ids[sec.ID] = true
		}
		if tasks := d.Sections[2].Children; len(tasks) != 1 || tasks[0].Title() != "" || len(tasks[0].Body) != 0 {
			t.Errorf("重点任务 should have one empty task, has %+v", tasks)
		}
	}
}

func TestNewAndImported(t *testing.T) {
	s := New(Template(2025))
	if s.Path() != "" || s.Dirty() || s.CanUndo() || s.CanRedo() {
		t.Errorf("new session: path %q dirty %v undo %v redo %v", s.Path(), s.Dirty(), s.CanUndo(), s.CanRedo())
	}
	if got := s.SuggestedName(); got != "2025年工作要点.yaodian" {
		t.Errorf("untitled SuggestedName = %q", got)
	}
	s.Edit("修改标题", "", setTitle("a/b:c"))
	if got := s.SuggestedName(); got != "a_b_c.yaodian" {
		t.Errorf("SuggestedName with unsafe title = %q", got)
	}

	im := Imported("/tmp/in/2024年要点.docx", docmodel.New())
	if im.Path() != "" || im.Source() != "/tmp/in/2024年要点.docx" || im.Dirty() {
		t.Errorf("imported: path %q source %q dirty %v", im.Path(), im.Source(), im.Dirty())
	}
	if got := im.SuggestedName(); got != "2024年要点.yaodian" {
		t.Errorf("imported SuggestedName = %q", got)
	}
	if err := im.Save(); !errors.Is(err, ErrNoPath) {
		t.Errorf("Save of an imported document = %v, want ErrNoPath", err)
	}
}

func TestUndoRedoRoundTrip(t *testing.T) {
	s := New(Template(2025))
	states := [][]byte{encoding(t, s)}
	edits := []struct {
		label string
		fn    func(d *docmodel.Document) error
	}{
		{"修改标题", setTitle("2025年全市科技工作要点")},
		{"添加部分", addSection("其他事项")},
		{"删除任务", func(d *docmodel.Document) error {
			_, _, _, err := d.Delete(d.Sections[2].Children[0].ID)
			return err
		}},
	}
	for _, e := range edits {
		if err := s.Edit(e.label, "", e.fn); err != nil {
			t.Fatalf("%s: %v", e.label, err)
		}
		states = append(states, encoding(t, s))
	}
	for i := len(edits) - 1; i >= 0; i-- {
		if got := s.UndoLabel(); got != edits[i].label {
			t.Errorf("UndoLabel = %q, want %q", got, edits[i].label)
		}
		if !s.Undo() {
			t.Fatalf("Undo %d did nothing", i)
		}
		if got := encoding(t, s); !bytes.Equal(got, states[i]) {
			t.Errorf("after undoing %s the document differs:\n%s\nwant\n%s", edits[i].label, got, states[i])
		}
		if got := s.RedoLabel(); got != edits[i].label {
			t.Errorf("RedoLabel = %q, want %q", got, edits[i].label)
		}
	}
	if s.Undo() || s.CanUndo() || s.UndoLabel() != "" {
		t.Error("undo past the first edit did something")
	}
	if s.Dirty() {
		t.Error("undoing every edit should leave the session clean")
	}
	for i := range edits {
		if !s.Redo() {
			t.Fatalf("Redo %d did nothing", i)
		}
		if got := encoding(t, s); !bytes.Equal(got, states[i+1]) {
			t.Errorf("after redoing %s the document differs", edits[i].label)
		}
	}
	if s.Redo() || s.CanRedo() || s.RedoLabel() != "" {
		t.Error("redo past the last edit did something")
	}

	// A new edit after an undo drops the redo steps.
	s.Undo()
	s.Edit("修改标题", "", setTitle("另一个标题"))
	if s.CanRedo() {
		t.Error("an edit after undo kept the redo steps")
	}
}

func TestFailedEditRestores(t *testing.T) {
	s := New(Template(2025))
	s.Edit("修改标题", "", setTitle("第一版"))
	before := encoding(t, s)
	boom := errors.New("boom")
	for _, tc := range []struct {
		name string
		fn   func(d *docmodel.Document) error
		want error
	}{
		{"fn fails after changing", func(d *docmodel.Document) error {
			d.Meta.Title = "半途"
			d.Sections = d.Sections[:1]
			return boom
		}, boom},
		{"result invalid", func(d *docmodel.Document) error {
			d.Meta.Title = "两行\n标题"
			return nil
		}, nil},
		{"operation refused", func(d *docmodel.Document) error {
			return d.MoveUp(d.Sections[0].ID)
		}, nil},
	} {
		doc := s.Doc()
		err := s.Edit("测试", "", tc.fn)
		if err == nil || tc.want != nil && !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
		if got := encoding(t, s); !bytes.Equal(got, before) {
			t.Errorf("%s: document not restored:\n%s", tc.name, got)
		}
		if s.Doc() != doc {
			t.Errorf("%s: a failed edit replaced the document pointer", tc.name)
		}
		if s.UndoLabel() != "修改标题" || s.CanRedo() {
			t.Errorf("%s: a failed edit recorded a step (undo %q)", tc.name, s.UndoLabel())
		}
	}
}

func TestUnchangedEditRecordsNothing(t *testing.T) {
	s := New(Template(2025))
	if err := s.Edit("修改标题", "", setTitle("2025年工作要点")); err != nil {
		t.Fatal(err)
	}
	if s.CanUndo() || s.Dirty() {
		t.Errorf("an edit without change recorded a step (undo %v, dirty %v)", s.CanUndo(), s.Dirty())
	}
}

func TestMergeAndSeal(t *testing.T) {
	s := New(Template(2025))
	start := encoding(t, s)
	for _, title := range []string{"2", "20", "202"} {
		s.Edit("修改标题", "meta/title", setTitle(title))
	}
	typed := encoding(t, s)
	s.Seal()
	s.Edit("修改标题", "meta/title", setTitle("2026"))
	s.Edit("修改标题", "meta/title", setTitle("2026年"))
	s.Edit("添加部分", "", addSection("其他"))
	s.Edit("添加部分", "", addSection("其他二"))

	for i, want := range []string{"2026年", "2026年", "202", ""} {
		if !s.Undo() {
			t.Fatalf("undo %d did nothing", i)
		}
		if got := s.Doc().Meta.Title; want != "" && got != want {
			t.Errorf("after undo %d title = %q, want %q", i+1, got, want)
		}
	}
	if !bytes.Equal(encoding(t, s), start) || s.CanUndo() {
		t.Error("four undos should return to the start: keyed edits merge until Seal, unkeyed ones never do")
	}
	s.Redo()
	if !bytes.Equal(encoding(t, s), typed) {
		t.Error("redo of the merged step should restore the last typed state")
	}

	// Undo also ends merging: typing again after it is a new step.
	s2 := New(Template(2025))
	s2.Edit("修改标题", "k", setTitle("甲"))
	s2.Edit("修改标题", "k", setTitle("甲乙"))
	s2.Undo()
	s2.Redo()
	s2.Edit("修改标题", "k", setTitle("甲乙丙"))
	s2.Undo()
	if got := s2.Doc().Meta.Title; got != "甲乙" {
		t.Errorf("edit after redo merged into the redone step: title %q after undo", got)
	}
}

func TestUndoCap(t *testing.T) {
	s := New(Template(2025))
	for i := range MaxUndo + 25 {
		if err := s.Edit(fmt.Sprintf("第%d步", i), "", setTitle(fmt.Sprintf("标题%d", i))); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	for s.Undo() {
		n++
	}
	if n != MaxUndo {
		t.Errorf("undid %d steps, want the cap %d", n, MaxUndo)
	}
	// The oldest 25 steps were dropped: the earliest state left is after step 24.
	if got := s.Doc().Meta.Title; got != "标题24" {
		t.Errorf("oldest kept state has title %q, want 标题24", got)
	}
}

func TestDirtyFollowsSavedState(t *testing.T) {
	s := New(Template(2025))
	s.Edit("修改标题", "", setTitle("甲"))
	if !s.Dirty() {
		t.Fatal("an edit should make the session dirty")
	}
	s.Undo()
	if s.Dirty() {
		t.Error("undo back to the opened state should be clean")
	}
	s.Redo()
	if !s.Dirty() {
		t.Error("redo away from the opened state should be dirty")
	}
	if err := s.SaveAs(t.TempDir() + "/a.yaodian"); err != nil {
		t.Fatal(err)
	}
	s.Edit("修改标题", "", setTitle("乙"))
	s.Undo()
	if s.Dirty() {
		t.Error("undo back to the saved state should be clean")
	}
	s.Undo()
	if !s.Dirty() {
		t.Error("undo past the saved state should be dirty")
	}
}

// A snapshot is the document as it was when taken: edits, undo and redo
// after it do not reach it, and it can be read on another goroutine
// while they run.
func TestSnapshot(t *testing.T) {
	for _, tc := range []struct {
		name  string
		after func(s *Session) error
	}{
		{"edit", func(s *Session) error { return s.Edit("改标题", "", setTitle("改后")) }},
		{"merged typing", func(s *Session) error {
			if err := s.Edit("改标题", "k", setTitle("改")); err != nil {
				return err
			}
			return s.Edit("改标题", "k", setTitle("改后"))
		}},
		{"undo", func(s *Session) error { s.Undo(); return nil }},
		{"refused edit", func(s *Session) error {
			s.Edit("改标题", "", func(d *docmodel.Document) error {
				d.Meta.Title = "半途"
				return errors.New("refused")
			})
			return nil
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := New(Template(2025))
			if err := s.Edit("添加部分", "", addSection("附则")); err != nil {
				t.Fatal(err)
			}
			want := encoding(t, s)
			snap, err := s.Snapshot()
			if err != nil {
				t.Fatal(err)
			}
			read := make(chan []byte)
			go func() {
				d, err := snap.Doc()
				if err != nil {
					read <- nil
					return
				}
				b, _ := docmodel.Encode(d)
				read <- b
			}()
			if err := tc.after(s); err != nil {
				t.Fatal(err)
			}
			if got := <-read; !bytes.Equal(got, want) {
				t.Errorf("the snapshot read on another goroutine is not the document as it was:\n%s", got)
			}
			d, err := snap.Doc()
			if err != nil {
				t.Fatal(err)
			}
			d.Meta.Title = "副本"
			if again, _ := snap.Doc(); again.Meta.Title == "副本" {
				t.Error("changing the copy a snapshot gave changed the snapshot")
			}
		})
	}
}

// A document invalid from the start has no encoding yet: its snapshot
// says why it cannot be taken.
func TestSnapshotOfInvalidDocument(t *testing.T) {
	d := docmodel.New()
	d.Meta.Year = 99999
	s := New(d)
	if _, err := s.Snapshot(); err == nil {
		t.Error("a snapshot of an invalid document was taken")
	}
}

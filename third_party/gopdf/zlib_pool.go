package gopdf

// Yaodian: zlib writers are reused across streams and documents. A
// flate compressor allocates about 650 KB when made, which is most of the
// cost of compressing a page of text.

import (
	"bytes"
	"compress/zlib"
	"io"
)

// zlibWriters holds a few idle writers per compression level, from
// zlib.HuffmanOnly (-2) to zlib.BestCompression (9). A channel rather
// than a sync.Pool, which every garbage collection empties: a document
// allocates enough to collect several times while it is written.
var zlibWriters [zlib.BestCompression - zlib.HuffmanOnly + 1]chan *zlib.Writer

func init() {
	for i := range zlibWriters {
		zlibWriters[i] = make(chan *zlib.Writer, 4)
	}
}

// PrepareCompressors makes sure that n writers of a zlib compression
// level wait idle (at most four), so that a document written next does
// not spend the time it takes to make them: 700 KB each, their hash
// tables cleared. A caller calls it on a goroutine of its own while it
// does other work, such as laying out the pages. (Yaodian)
func PrepareCompressors(level, n int) {
	if level < zlib.HuffmanOnly || level > zlib.BestCompression {
		return
	}
	pool := zlibWriters[level-zlib.HuffmanOnly]
	if n > cap(pool) {
		n = cap(pool)
	}
	for len(pool) < n {
		z, err := newZlibWriter(io.Discard, level)
		if err != nil {
			return
		}
		putZlibWriter(z, level)
	}
}

// getZlibWriter returns a zlib writer of level that writes to w; give
// it back with putZlibWriter once closed.
func getZlibWriter(w io.Writer, level int) (*zlib.Writer, error) {
	if level < zlib.HuffmanOnly || level > zlib.BestCompression {
		return zlib.NewWriterLevel(w, level)
	}
	select {
	case z := <-zlibWriters[level-zlib.HuffmanOnly]:
		z.Reset(w)
		return z, nil
	default:
	}
	return newZlibWriter(w, level)
}

// newZlibWriter returns a new zlib writer of level that writes to w.
func newZlibWriter(w io.Writer, level int) (*zlib.Writer, error) {
	if level == zlib.BestSpeed || level == zlib.HuffmanOnly || level == zlib.NoCompression {
		return zlib.NewWriterLevel(w, level)
	}
	// A new compressor's 640 KB of hash tables are memory the process
	// has not touched yet, which the compressor reads before it writes:
	// each page would fault twice, once to be mapped as zeros and once
	// to be copied for the write. Reset clears the tables, so that each
	// faults once. The compressor is made by the first write, which
	// writes the two-byte header; Reset has it written again to w.
	z, err := zlib.NewWriterLevel(io.Discard, level)
	if err != nil {
		return nil, err
	}
	if _, err := z.Write(nil); err != nil {
		return nil, err
	}
	z.Reset(w)
	return z, nil
}

// putZlibWriter gives back a writer that getZlibWriter returned.
func putZlibWriter(z *zlib.Writer, level int) {
	if level < zlib.HuffmanOnly || level > zlib.BestCompression {
		return
	}
	z.Reset(io.Discard) // drop the reference to the last output
	select {
	case zlibWriters[level-zlib.HuffmanOnly] <- z:
	default:
	}
}

// deflate compresses data at level into a pooled buffer, which the
// caller gives back with PutBuffer.
func deflate(data []byte, level int) (*bytes.Buffer, error) {
	buf := GetBuffer()
	if err := deflateTo(buf, data, level); err != nil {
		PutBuffer(buf)
		return nil, err
	}
	return buf, nil
}

// deflateTo compresses data at level and appends it to buf.
func deflateTo(buf *bytes.Buffer, data []byte, level int) error {
	z, err := getZlibWriter(buf, level)
	if err != nil {
		return err
	}
	if _, err := z.Write(data); err != nil {
		return err
	}
	if err := z.Close(); err != nil {
		return err
	}
	putZlibWriter(z, level)
	return nil
}

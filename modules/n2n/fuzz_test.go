package n2n

import (
	"bufio"
	"bytes"
	"testing"
)

// FuzzFrames: frames come from whoever opens a framed connection. Reading
// them never panics, and a frame read back is the frame written.
func FuzzFrames(f *testing.F) {
	f.Add(requestFrame(7, "/n2n/onion", []byte("body")))
	f.Add(answerFrame(7, 200, []byte("ok")))
	f.Add([]byte{0, 0, 0, 1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, raw []byte) {
		br := bufio.NewReader(bytes.NewReader(raw))
		for {
			id, path, body, err := readRequestFrame(br)
			if err != nil {
				break
			}
			again, _, _, err := readRequestFrame(bufio.NewReader(bytes.NewReader(requestFrame(id, path, body))))
			if err != nil || again != id {
				t.Fatalf("frame %d did not read back: %v", id, err)
			}
		}
		br = bufio.NewReader(bytes.NewReader(raw))
		for {
			if _, _, _, err := readAnswerFrame(br); err != nil {
				break
			}
		}
	})
}

package n2n

import (
	"bufio"
	"bytes"
	"testing"
)

// FuzzFrames: frames come from whoever opens a framed connection. Reading
// them never panics, never holds more than the bytes that arrived plus a
// chunk, and a frame read back is the frame written.
func FuzzFrames(f *testing.F) {
	f.Add(requestFrame(7, "/n2n/onion", []byte("body")))
	f.Add(answerFrame(7, 200, []byte("ok")))
	f.Add(answerFrame(0, 401, []byte(ErrNotANode.Error())))
	f.Add(requestFrame(3, PingPath, nil))
	f.Add([]byte{0, 0, 0, 1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})
	f.Add(claimHead(MaxBody))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, raw []byte) {
		br := bufio.NewReader(bytes.NewReader(raw))
		for {
			id, path, body, err := readRequestFrame(br)
			if err != nil {
				break
			}
			if cap(body) > 2*max(len(body), readChunk) {
				t.Fatalf("a body of %d bytes held %d", len(body), cap(body))
			}
			againID, againPath, againBody, err := readRequestFrame(bufio.NewReader(bytes.NewReader(requestFrame(id, path, body))))
			if err != nil || againID != id || againPath != path || !bytes.Equal(againBody, body) {
				t.Fatalf("frame %d did not read back: %v", id, err)
			}
		}
		br = bufio.NewReader(bytes.NewReader(raw))
		for {
			id, status, body, err := readAnswerFrame(br)
			if err != nil {
				break
			}
			againID, againStatus, againBody, err := readAnswerFrame(bufio.NewReader(bytes.NewReader(answerFrame(id, status, body))))
			if err != nil || againID != id || againStatus != status || !bytes.Equal(againBody, body) {
				t.Fatalf("answer %d did not read back: %v", id, err)
			}
		}
	})
}

package host

import (
	"runtime"
	"sync"
)

// Linux's parent-death signal (dieWithHost) fires when the *thread* that
// forked the child ends, not the process (golang/go#27505): a module
// started from an ordinary goroutine would be killed whenever the Go
// runtime retires that thread. So every module process is started from
// one goroutine locked to its thread for the life of the host process.
var (
	spawnOnce sync.Once
	spawnJobs chan func()
)

// onSpawnThread runs f on the spawn thread and returns when f has.
func onSpawnThread(f func()) {
	spawnOnce.Do(func() {
		spawnJobs = make(chan func())
		go func() {
			runtime.LockOSThread() // never unlocked: the thread lives on
			for job := range spawnJobs {
				job()
			}
		}()
	})
	done := make(chan struct{})
	spawnJobs <- func() { defer close(done); f() }
	<-done
}

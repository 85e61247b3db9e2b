package host

import (
	"os/exec"
	"syscall"
)

// dieWithHost has the kernel SIGKILL the module process when the thread
// that started it ends (Pdeathsig). Module processes are started on a
// thread that lives as long as the host process (spawnThread), so a host
// that is SIGKILLed or crashes, and so never kills its modules, leaves no
// orphan behind holding the modules' sockets and stores.
func dieWithHost(cmd *exec.Cmd) {
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Pdeathsig = syscall.SIGKILL
}

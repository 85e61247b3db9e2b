package host

import (
	"errors"
	"time"
)

// supervise pings the module's process and restarts it with exponential
// backoff when it dies or stops answering. Crashes that come too often
// (crashesToFail within crashWindow) end in state failed, said loudly;
// `seshd modules reload NAME` tries again.
func (h *Host) supervise(m *module) {
	backoff := backoffFirst
	misses := 0
	ticker := time.NewTicker(healthEvery)
	defer ticker.Stop()
	for {
		select {
		case <-m.stop:
			return
		case <-h.ctx.Done():
			return
		case <-ticker.C:
		}
		inst := m.current()
		if inst != nil {
			if inst.client.Exited() {
				h.crashed(m, inst, errors.New("process exited"))
			} else if err := inst.health(); err != nil {
				if misses++; misses < 3 {
					continue
				}
				h.crashed(m, inst, err)
			} else {
				misses, backoff = 0, backoffFirst
				continue
			}
		}
		misses = 0
		if m.failed() {
			continue
		}
		time.Sleep(backoff)
		backoff = min(backoff*2, backoffMax)
		h.mu.Lock()
		mc := h.cfg.Modules[m.name]
		h.mu.Unlock()
		if err := m.launchInto(h, mc); err != nil {
			h.log.Error().Str("module", m.name).Err(err).Dur("next_try", backoff).Msg("module restart failed")
			m.setState(StateRestarting, err)
			h.noteCrash(m)
			continue
		}
		m.mu.Lock()
		m.restarts++
		m.mu.Unlock()
	}
}

// crashed drops a dead or unresponsive process.
func (h *Host) crashed(m *module, inst *instance, why error) {
	m.swap.Lock()
	defer m.swap.Unlock()
	m.mu.Lock()
	if m.cur != inst { // swapped meanwhile: nothing to do
		m.mu.Unlock()
		return
	}
	m.cur = nil
	m.mu.Unlock()
	inst.client.Kill()
	h.log.Error().Str("module", m.name).Err(why).Msg("module crashed; restarting")
	m.setState(StateRestarting, why)
	h.noteCrash(m)
}

func (h *Host) noteCrash(m *module) {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := time.Now()
	recent := m.crashes[:0]
	for _, t := range m.crashes {
		if now.Sub(t) < crashWindow {
			recent = append(recent, t)
		}
	}
	m.crashes = append(recent, now)
	if len(m.crashes) >= crashesToFail {
		m.state = StateFailed
		h.log.Error().Str("module", m.name).Int("crashes", len(m.crashes)).Dur("window", crashWindow).
			Str("last_error", m.lastErr).Msg("MODULE IN A CRASH LOOP: giving up; fix it and run `seshd modules reload`")
	}
}

func (m *module) failed() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.state == StateFailed
}

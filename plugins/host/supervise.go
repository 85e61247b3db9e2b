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
			var why error
			if inst.client.Exited() {
				why = errors.New("process exited")
			} else if why = inst.health(); why != nil {
				if misses++; misses < 3 {
					continue
				}
			}
			if why == nil {
				misses, backoff = 0, backoffFirst
				continue
			}
			misses = 0
			if !h.crashed(m, inst, why) {
				continue // a reload replaced it meanwhile: supervise that one
			}
		}
		if m.failed() {
			continue
		}
		if !h.backoff(m, backoff) {
			return
		}
		backoff = min(backoff*2, backoffMax)
		cfg := h.config()
		launched, err := m.launchInto(h, cfg, cfg.Modules[m.name])
		if err != nil {
			h.log.Error().Str("module", m.name).Err(err).Dur("next_try", backoff).Msg("module restart failed")
			m.setState(StateRestarting, err)
			h.noteCrash(m)
			continue
		}
		if launched {
			m.mu.Lock()
			m.restarts++
			m.mu.Unlock()
		}
	}
}

// backoff waits d before a restart; false if the module was stopped or the
// host is stopping meanwhile (then nothing may be launched).
func (h *Host) backoff(m *module, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-m.stop:
		return false
	case <-h.ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// crashed drops a dead or unresponsive process. It reports whether inst was
// still current and so was dropped: false when a reload swapped it
// meanwhile, and the new process must be left alone.
func (h *Host) crashed(m *module, inst *instance, why error) bool {
	m.swap.Lock()
	defer m.swap.Unlock()
	m.mu.Lock()
	if m.cur != inst { // swapped meanwhile: nothing to do
		m.mu.Unlock()
		return false
	}
	m.cur, m.swapping = nil, inst // listed until it is gone
	m.mu.Unlock()
	h.log.Error().Str("module", m.name).Err(why).Msg("module crashed; restarting")
	m.setState(StateRestarting, why)
	inst.kill() // bounded: a hung process is SIGKILLed after killGrace
	m.setSwapping(nil)
	h.noteCrash(m)
	return true
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

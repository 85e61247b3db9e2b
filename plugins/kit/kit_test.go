package kit

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestDecodeSettings(t *testing.T) {
	type settings struct {
		Keep int    `json:"keep"`
		Name string `json:"name"`
	}
	cases := []struct {
		name, raw string
		want      settings
		err       string
	}{
		{"absent keeps the defaults", "", settings{Keep: 5}, ""},
		{"null keeps the defaults", "null", settings{Keep: 5}, ""},
		{"given values replace them", `{"keep":7}`, settings{Keep: 7}, ""},
		{"an unknown key is refused", `{"kep":7}`, settings{}, `unknown field "kep"`},
		{"a wrong type is refused", `{"keep":"seven"}`, settings{}, "cannot unmarshal"},
		{"garbage is refused", `{"keep":`, settings{}, "unexpected EOF"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := settings{Keep: 5}
			err := Env{Name: "mod", Settings: json.RawMessage(tc.raw)}.DecodeSettings(&got)
			if tc.err != "" {
				require.ErrorContains(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, got)
		})
	}
}

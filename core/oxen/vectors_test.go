package oxen

// Code transcribed by a script from oxen-core tests/unit_tests/base58.cpp
// (oxen-io/oxen-core b208672ed02bd41f4d85f2741aa09de8179a014b); the line of
// each vector is given. Monero's tests/unit_tests/base58.cpp holds the same
// vectors.

var upstreamB58Encode = []struct {
	line int
	data string
	enc  string
}{
	{175, "\x00", "11"},
	{176, "\x39", "1z"},
	{177, "\xFF", "5Q"},
	{179, "\x00\x00", "111"},
	{180, "\x00\x39", "11z"},
	{181, "\x01\x00", "15R"},
	{182, "\xFF\xFF", "LUv"},
	{184, "\x00\x00\x00", "11111"},
	{185, "\x00\x00\x39", "1111z"},
	{186, "\x01\x00\x00", "11LUw"},
	{187, "\xFF\xFF\xFF", "2UzHL"},
	{189, "\x00\x00\x00\x39", "11111z"},
	{190, "\xFF\xFF\xFF\xFF", "7YXq9G"},
	{191, "\x00\x00\x00\x00\x39", "111111z"},
	{192, "\xFF\xFF\xFF\xFF\xFF", "VtB5VXc"},
	{193, "\x00\x00\x00\x00\x00\x39", "11111111z"},
	{194, "\xFF\xFF\xFF\xFF\xFF\xFF", "3CUsUpv9t"},
	{195, "\x00\x00\x00\x00\x00\x00\x39", "111111111z"},
	{196, "\xFF\xFF\xFF\xFF\xFF\xFF\xFF", "Ahg1opVcGW"},
	{197, "\x00\x00\x00\x00\x00\x00\x00\x39", "1111111111z"},
	{198, "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF", "jpXCZedGfVQ"},
	{200, "\x00\x00\x00\x00\x00\x00\x00\x00", "11111111111"},
	{201, "\x00\x00\x00\x00\x00\x00\x00\x01", "11111111112"},
	{202, "\x00\x00\x00\x00\x00\x00\x00\x08", "11111111119"},
	{203, "\x00\x00\x00\x00\x00\x00\x00\x09", "1111111111A"},
	{204, "\x00\x00\x00\x00\x00\x00\x00\x3A", "11111111121"},
	{205, "\x00\xFF\xFF\xFF\xFF\xFF\xFF\xFF", "1Ahg1opVcGW"},
	{206, "\x06\x15\x60\x13\x76\x28\x79\xF7", "22222222222"},
	{207, "\x05\xE0\x22\xBA\x37\x4B\x2A\x00", "1z111111111"},
	{287, "\x00", "11"},
	{288, "\x00\x00", "111"},
	{289, "\x00\x00\x00", "11111"},
	{290, "\x00\x00\x00\x00", "111111"},
	{291, "\x00\x00\x00\x00\x00", "1111111"},
	{292, "\x00\x00\x00\x00\x00\x00", "111111111"},
	{293, "\x00\x00\x00\x00\x00\x00\x00", "1111111111"},
	{294, "\x00\x00\x00\x00\x00\x00\x00\x00", "11111111111"},
	{295, "\x00\x00\x00\x00\x00\x00\x00\x00\x00", "1111111111111"},
	{296, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "11111111111111"},
	{297, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "1111111111111111"},
	{298, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "11111111111111111"},
	{299, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "111111111111111111"},
	{300, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "11111111111111111111"},
	{301, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "111111111111111111111"},
	{302, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "1111111111111111111111"},
	{303, "\x06\x15\x60\x13\x76\x28\x79\xF7\xFF\xFF\xFF\xFF\xFF", "22222222222VtB5VXc"},
}

var upstreamB58DecodePos = []struct {
	line int
	enc  string
	data string
}{
	{226, "11", "\x00"},
	{227, "5Q", "\xFF"},
	{231, "111", "\x00\x00"},
	{232, "LUv", "\xFF\xFF"},
	{239, "11111", "\x00\x00\x00"},
	{240, "2UzHL", "\xFF\xFF\xFF"},
	{244, "111111", "\x00\x00\x00\x00"},
	{245, "7YXq9G", "\xFF\xFF\xFF\xFF"},
	{249, "1111111", "\x00\x00\x00\x00\x00"},
	{250, "VtB5VXc", "\xFF\xFF\xFF\xFF\xFF"},
	{257, "111111111", "\x00\x00\x00\x00\x00\x00"},
	{258, "3CUsUpv9t", "\xFF\xFF\xFF\xFF\xFF\xFF"},
	{262, "1111111111", "\x00\x00\x00\x00\x00\x00\x00"},
	{263, "Ahg1opVcGW", "\xFF\xFF\xFF\xFF\xFF\xFF\xFF"},
	{267, "11111111111", "\x00\x00\x00\x00\x00\x00\x00\x00"},
	{268, "jpXCZedGfVQ", "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"},
	{318, "", ""},
	{319, "5Q", "\xFF"},
	{320, "LUv", "\xFF\xFF"},
	{321, "2UzHL", "\xFF\xFF\xFF"},
	{322, "7YXq9G", "\xFF\xFF\xFF\xFF"},
	{323, "VtB5VXc", "\xFF\xFF\xFF\xFF\xFF"},
	{324, "3CUsUpv9t", "\xFF\xFF\xFF\xFF\xFF\xFF"},
	{325, "Ahg1opVcGW", "\xFF\xFF\xFF\xFF\xFF\xFF\xFF"},
	{326, "jpXCZedGfVQ", "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"},
	{327, "jpXCZedGfVQ5Q", "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"},
	{328, "jpXCZedGfVQLUv", "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"},
	{329, "jpXCZedGfVQ2UzHL", "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"},
	{330, "jpXCZedGfVQ7YXq9G", "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"},
	{331, "jpXCZedGfVQVtB5VXc", "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"},
	{332, "jpXCZedGfVQ3CUsUpv9t", "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"},
	{333, "jpXCZedGfVQAhg1opVcGW", "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"},
	{334, "jpXCZedGfVQjpXCZedGfVQ", "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"},
}

var upstreamB58DecodeNeg = []struct {
	line int
	enc  string
}{
	{223, "1"},
	{224, "z"},
	{228, "5R"},
	{229, "zz"},
	{233, "LUw"},
	{234, "zzz"},
	{236, "1111"},
	{237, "zzzz"},
	{241, "2UzHM"},
	{242, "zzzzz"},
	{246, "7YXq9H"},
	{247, "zzzzzz"},
	{251, "VtB5VXd"},
	{252, "zzzzzzz"},
	{254, "11111111"},
	{255, "zzzzzzzz"},
	{259, "3CUsUpv9u"},
	{260, "zzzzzzzzz"},
	{264, "Ahg1opVcGX"},
	{265, "zzzzzzzzzz"},
	{269, "jpXCZedGfVR"},
	{270, "zzzzzzzzzzz"},
	{272, "01111111111"},
	{273, "11111111110"},
	{274, "11111011111"},
	{275, "I1111111111"},
	{276, "O1111111111"},
	{277, "l1111111111"},
	{278, "_1111111111"},
	{336, "1"},
	{337, "z"},
	{338, "1111"},
	{339, "zzzz"},
	{340, "11111111"},
	{341, "zzzzzzzz"},
	{342, "123456789AB1"},
	{343, "123456789ABz"},
	{344, "123456789AB1111"},
	{345, "123456789ABzzzz"},
	{346, "123456789AB11111111"},
	{347, "123456789ABzzzzzzzz"},
	{349, "5R"},
	{350, "zz"},
	{351, "LUw"},
	{352, "zzz"},
	{353, "2UzHM"},
	{354, "zzzzz"},
	{355, "7YXq9H"},
	{356, "zzzzzz"},
	{357, "VtB5VXd"},
	{358, "zzzzzzz"},
	{359, "3CUsUpv9u"},
	{360, "zzzzzzzzz"},
	{361, "Ahg1opVcGX"},
	{362, "zzzzzzzzzz"},
	{363, "jpXCZedGfVR"},
	{364, "zzzzzzzzzzz"},
	{365, "123456789AB5R"},
	{366, "123456789ABzz"},
	{367, "123456789ABLUw"},
	{368, "123456789ABzzz"},
	{369, "123456789AB2UzHM"},
	{370, "123456789ABzzzzz"},
	{371, "123456789AB7YXq9H"},
	{372, "123456789ABzzzzzz"},
	{373, "123456789ABVtB5VXd"},
	{374, "123456789ABzzzzzzz"},
	{375, "123456789AB3CUsUpv9u"},
	{376, "123456789ABzzzzzzzzz"},
	{377, "123456789ABAhg1opVcGX"},
	{378, "123456789ABzzzzzzzzzz"},
	{379, "123456789ABjpXCZedGfVR"},
	{380, "123456789ABzzzzzzzzzzz"},
	{381, "zzzzzzzzzzz11"},
	{383, "10"},
	{384, "11I"},
	{385, "11O11"},
	{386, "11l111"},
	{387, "11_11111111"},
	{388, "1101111111111"},
	{389, "11I11111111111111"},
	{390, "11O1111111111111111111"},
	{391, "1111111111110"},
	{392, "111111111111l1111"},
	{393, "111111111111_111111111"},
}

var upstreamAddrPos = []struct {
	line int
	enc  string
	tag  uint64
	data string
}{
	{402, "21D35quxec71111111111111111111111111111111111111111111111111111111111111111111111111111116Q5tCH", 6, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"},
	{405, "2Aui6ejTFscjpXCZedGfVQjpXCZedGfVQjpXCZedGfVQjpXCZedGfVQjpXCZedGfVQjpXCZedGfVQjpXCZedGfVQVqegMoV", 6, "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"},
	{408, "1119XrkPuSmLzdHXgVgrZKjepg5hZAxffLzdHXgVgrZKjepg5hZAxffLzdHXgVgrZKjepg5hZAxffLzdHXgVgrZKVphZRvn", 0, "\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xAA\xBB\xCC\xDD\xEE\xFF\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xAA\xBB\xCC\xDD\xEE\xFF\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xAA\xBB\xCC\xDD\xEE\xFF\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xAA\xBB\xCC\xDD\xEE\xFF"},
	{411, "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111115TXfiA", 0, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"},
	{414, "PuT7GAdgbA83qvSEivPLYo11111111111111111111111111111111111111111111111111111111111111111111111111111169tWrH", 0x1122334455667788, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"},
	{417, "PuT7GAdgbA841d7FXjswpJjpXCZedGfVQjpXCZedGfVQjpXCZedGfVQjpXCZedGfVQjpXCZedGfVQjpXCZedGfVQjpXCZedGfVQVq4LL1v", 0x1122334455667788, "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"},
	{420, "PuT7GAdgbA819VwdWVDP", 0x1122334455667788, "\x11"},
	{421, "PuT7GAdgbA81efAfdCjPg", 0x1122334455667788, "\x22\x22"},
	{422, "PuT7GAdgbA83sryEt3YC8Q", 0x1122334455667788, "\x33\x33\x33"},
	{423, "PuT7GAdgbA83tWUuc54PFP3b", 0x1122334455667788, "\x44\x44\x44\x44"},
	{424, "PuT7GAdgbA83u9zaKrtRKZ1J6", 0x1122334455667788, "\x55\x55\x55\x55\x55"},
	{425, "PuT7GAdgbA83uoWF3eanGG1aRoG", 0x1122334455667788, "\x66\x66\x66\x66\x66\x66"},
	{426, "PuT7GAdgbA83vT1umSHMYJ4oNVdu", 0x1122334455667788, "\x77\x77\x77\x77\x77\x77\x77"},
	{427, "PuT7GAdgbA83w6XaVDyvpoGQBEWbB", 0x1122334455667788, "\x88\x88\x88\x88\x88\x88\x88\x88"},
	{428, "PuT7GAdgbA83wk3FD1gW7J2KVGofA1r", 0x1122334455667788, "\x99\x99\x99\x99\x99\x99\x99\x99\x99"},
	{429, "15p2yAV", 0, ""},
	{430, "FNQ3D6A", 0x7F, ""},
	{431, "26k9QWweu", 0x80, ""},
	{432, "3BzAD7n3y", 0xFF, ""},
	{433, "11efCaY6UjG7JrxuB", 0, "\x11\x22\x33\x44\x55\x66\x77"},
	{434, "21rhHRT48LN4PriP9", 6, "\x11\x22\x33\x44\x55\x66\x77"},
}

var upstreamAddrNeg = []struct {
	line int
	enc  string
}{
	{445, "zuT7GAdgbA819VwdWVDP"},                                    // decode_fails_due_overflow
	{446, "0uT7GAdgbA819VwdWVDP"},                                    // decode_fails_due_invalid_char_0
	{447, "IuT7GAdgbA819VwdWVDP"},                                    // decode_fails_due_invalid_char_I
	{448, "OuT7GAdgbA819VwdWVDP"},                                    // decode_fails_due_invalid_char_O
	{449, "luT7GAdgbA819VwdWVDP"},                                    // decode_fails_due_invalid_char_l
	{450, "\x00uT7GAdgbA819VwdWVDP"},                                 // decode_fails_due_invalid_char_00
	{451, "PuT7GAdgbA819VwdWVD"},                                     // decode_fails_due_invalid_lenght
	{452, "11efCaY6UjG7JrxuC"},                                       // handles_invalid_checksum
	{453, "jerj2e4mESojerj2e4mESo\xFF\x00\xFF\xFF\x5A\xD9\xF1\x1C1"}, // decode_fails_due_invalid_block_len_0
	{454, "1"},      // decode_fails_due_invalid_block_len_0
	{455, "1111"},   // decode_fails_due_invalid_block_len_1
	{456, "11"},     // decode_fails_due_address_too_short_0
	{457, "111"},    // decode_fails_due_address_too_short_1
	{458, "11111"},  // decode_fails_due_address_too_short_2
	{459, "111111"}, // decode_fails_due_address_too_short_3
	{460, "999999"}, // decode_fails_due_address_too_short_4
	{461, "ZZZZZZ"}, // decode_fails_due_address_too_short_5
}

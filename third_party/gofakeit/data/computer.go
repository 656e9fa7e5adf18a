package data

// Computer consists of computer information
var Computer map[string][]string

func loadComputer() {
	Computer = map[string][]string{
		"linux_processor":  {"i686", "x86_64"},
		"mac_processor":    {"Intel", "PPC", "U; Intel", "U; PPC"},
		"windows_platform": {"Windows NT 6.2", "Windows NT 6.1", "Windows NT 6.0", "Windows NT 5.2", "Windows NT 5.1", "Windows NT 5.01", "Windows NT 5.0", "Windows NT 4.0", "Windows 98; Win 9x 4.90", "Windows 98", "Windows 95", "Windows CE"},
	}
}

package data

import "sync"

// Data consists of the main set of fake information
var Data map[string]map[string][]string

// Load fills Data and the maps it holds (Person, Address, Word, WordKeys...).
// Patched for sequere: upstream builds them in package initialisation, which
// every program linking gofakeit paid at start-up whether or not it made
// fake data. Load is idempotent and safe for concurrent use; gofakeit calls
// it before reading any of these variables, and so do this package's
// functions. Code reading the variables directly must call Load first.
func Load() { loadOnce.Do(load) }

var loadOnce sync.Once

func load() {
	loadCreditCards()
	loadISBNRules()
	loadAddress()
	loadAirline()
	loadAnimal()
	loadAuth()
	loadBank()
	loadBeer()
	loadBooks()
	loadCar()
	loadCelebrity()
	loadColors()
	loadCompany()
	loadComputer()
	loadCurrency()
	loadTimeZone()
	loadEmoji()
	loadError()
	loadFiles()
	loadFood()
	loadHacker()
	loadHipster()
	loadHtml()
	loadInternet()
	loadJob()
	loadLanguages()
	loadLogLevels()
	loadLorem()
	loadMinecraft()
	loadMovies()
	loadPerson()
	loadProduct()
	loadSchool()
	loadSongs()
	loadText()
	loadWord()
	loadWordKeys()
	Data = map[string]map[string][]string{
		"person":    Person,
		"auth":      Auth,
		"address":   Address,
		"airline":   Airline,
		"company":   Company,
		"job":       Job,
		"lorem":     Lorem,
		"language":  Languages,
		"internet":  Internet,
		"file":      Files,
		"color":     Colors,
		"computer":  Computer,
		"hipster":   Hipster,
		"beer":      Beer,
		"hacker":    Hacker,
		"animal":    Animal,
		"currency":  Currency,
		"log_level": LogLevels,
		"timezone":  TimeZone,
		"car":       Car,
		"emoji":     Emoji,
		"word":      Word,
		"text":      Text,
		"food":      Food,
		"minecraft": Minecraft,
		"celebrity": Celebrity,
		"error":     Error,
		"html":      Html,
		"book":      Books,
		"movie":     Movies,
		"school":    School,
		"song":      Songs,
		"product":   Product,
		"bank":      Bank,
	}
}

func List() map[string][]string {
	Load()
	var list = make(map[string][]string)

	// Loop through the data and add the keys to the list
	for key := range Data {
		list[key] = []string{}

		// Loop through the sub data and add the keys to the list
		for subkey := range Data[key] {
			list[key] = append(list[key], subkey)
		}
	}

	return list
}

func Get(key string) map[string][]string {
	Load()
	// Make sure the key exists, if not return an empty map
	if _, ok := Data[key]; !ok {
		return make(map[string][]string)
	}

	return Data[key]
}

func Set(key string, data map[string][]string) {
	Load()
	Data[key] = data
}

func Remove(key string) {
	Load()
	delete(Data, key)
}

func GetSubData(key, subkey string) []string {
	Load()
	// Make sure the key exists, if not return an empty map
	if _, ok := Data[key]; !ok {
		return []string{}
	}

	return Data[key][subkey]
}

func SetSub(key, subkey string, data []string) {
	Load()
	// Make sure the key exists, if not add it
	if _, ok := Data[key]; !ok {
		Data[key] = make(map[string][]string)
	}

	Data[key][subkey] = data
}

func RemoveSub(key, subkey string) {
	Load()
	delete(Data[key], subkey)
}

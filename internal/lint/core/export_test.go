package core

import "encoding/json"

// CompileSchemaChecked compiles with the meta-schema check and no cache.
func CompileSchemaChecked(schema any, dialect string) error {
	canon, err := json.Marshal(schema)
	if err != nil {
		return err
	}
	_, err = compileSchema(canon, dialect)
	return err
}
